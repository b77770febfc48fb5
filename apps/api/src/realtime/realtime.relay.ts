import { canReadPlace, placeRoom, spaceRoom, userRoom, viewerRooms } from '@chantier/domain';
import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';

import { ViewerRepository } from '../auth/viewer.repository.js';
import { type DomainEvent, DomainEvents } from '../common/events/domain-events.js';
import { logger } from '../common/logger.js';
import { BatchLoader } from './batch-loader.js';
import { type Effect, OrderedEffects } from './ordered-effects.js';
import { type NotificationToSend, RealtimeRepository } from './realtime.repository.js';
import type { RealtimeServer, RealtimeSocket, RoomChange } from './realtime.types.js';

type EventOf<T extends DomainEvent['type']> = Extract<DomainEvent, { type: T }>;

/**
 * Turns domain events into socket.io broadcasts and keeps sockets in the rooms the access
 * policy gives them.
 *
 * Ordering is what keeps private content private: every event and every socket's room set-up
 * goes through one OrderedEffects, so rooms change in the order things happened — a post made
 * after someone was removed from a space is broadcast after their sockets left its room. Loads
 * run concurrently; only the effects (join, leave, emit) are serialised, and they are cheap.
 *
 * Across processes, room changes travel through the Redis adapter's request channel, which
 * Redis delivers to every process in publish order with the broadcasts: a leave published
 * before a broadcast is applied before it everywhere. (The adapter's own `socketsLeave` only
 * applies locally when its message comes back from Redis, after a local broadcast that may
 * already have gone out; hence a local change now, plus `serverSideEmit` for the others.)
 */
@Injectable()
export class RealtimeRelay implements BeforeApplicationShutdown {
  private io: RealtimeServer | undefined;
  private crossProcess = false;
  private readonly effects = new OrderedEffects((error) => logger.error({ err: error }, 'realtime: an event was not delivered'));
  // A post in a busy space announces a notification per follower at once: load them together.
  private readonly notifications = new BatchLoader<NotificationToSend>((ids) => this.repository.notifications(ids));

  constructor(
    events: DomainEvents,
    private readonly repository: RealtimeRepository,
    private readonly viewers: ViewerRepository,
  ) {
    events.on('post.created', (event) => this.onPost(event));
    events.on('post.updated', (event) => this.onPostUpdated(event));
    events.on('comment.created', (event) => this.onComment(event));
    events.on('reaction.updated', (event) => this.onReaction(event));
    events.on('notification.created', (event) => this.onNotification(event));
    events.on('membership.changed', (event) => this.onMembershipChanged(event));
    // space.updated needs nothing: members are in a space's room whatever its visibility, and
    // each event is routed by the visibility the space has when that event is loaded.
  }

  /** Called by the gateway once socket.io is up; `crossProcess` when the Redis adapter is in use. */
  attach(io: RealtimeServer, crossProcess: boolean): void {
    this.io = io;
    this.crossProcess = crossProcess;
    io.of('/').on('chantier:rooms', (change) => this.moveLocalSockets(change));
  }

  /** Stops sending before Nest closes socket.io and then Redis: a late event must not publish on a closed client. */
  beforeApplicationShutdown(): void {
    this.io = undefined;
  }

  /**
   * Puts a freshly connected socket in its rooms. Its person's room at once (so that room moves
   * reach it); the rest once memberships are read, in order with events: memberships are read
   * after this point, so a change committed before it is seen, and one after it is applied later.
   */
  joinRooms(socket: RealtimeSocket): Promise<void> {
    const { userId } = socket.data;
    void socket.join(userRoom(userId));
    return this.effects.enqueue(async () => {
      const viewer = await this.viewers.load(userId);
      return () => {
        if (!socket.connected) return;
        if (!viewer?.active) {
          socket.disconnect(true);
          return;
        }
        void socket.join(viewerRooms(viewer));
        socket.emit('ready', { userId });
      };
    });
  }

  /**
   * Re-reads the memberships behind every socket of this process and fixes their rooms: after a
   * Redis outage, room changes other processes announced meanwhile never arrived here.
   */
  resyncLocalSockets(): Promise<void> {
    const sockets = [...(this.io?.of('/').sockets.values() ?? [])];
    if (sockets.length === 0) return Promise.resolve();
    return this.effects.enqueue(async () => {
      const viewers = await this.repository.viewers([...new Set(sockets.map((socket) => socket.data.userId))]);
      return () => {
        for (const socket of sockets) {
          const viewer = viewers.get(socket.data.userId);
          if (!socket.connected) continue;
          if (!viewer?.active) {
            socket.disconnect(true);
            continue;
          }
          const rooms = new Set(viewerRooms(viewer));
          for (const room of socket.rooms) if (room.startsWith(spaceRoom('')) && !rooms.has(room)) void socket.leave(room);
          void socket.join([...rooms]);
        }
      };
    });
  }

  private onPost(event: EventOf<'post.created'>) {
    return this.deliver(async () => {
      const post = await this.repository.post(event.postId);
      return post && ((io) => io.to(placeRoom(post.place)).emit('post.created', post.payload));
    });
  }

  private onPostUpdated(event: EventOf<'post.updated'>) {
    return this.deliver(async () => {
      if (event.deleted) {
        const deleted = await this.repository.postPlace(event.postId);
        return (
          deleted &&
          ((io) => io.to(placeRoom(deleted.place)).emit('post.updated', { id: event.postId, deleted: true, space: deleted.payload }))
        );
      }
      // Gone since? Its deletion is announced by its own event.
      const post = await this.repository.post(event.postId);
      return post && ((io) => io.to(placeRoom(post.place)).emit('post.updated', { ...post.payload, deleted: false }));
    });
  }

  private onComment(event: EventOf<'comment.created'>) {
    return this.deliver(async () => {
      const comment = await this.repository.comment(event.commentId);
      return comment && ((io) => io.to(placeRoom(comment.place)).emit('comment.created', comment.payload));
    });
  }

  private onReaction(event: EventOf<'reaction.updated'>) {
    return this.deliver(async () => {
      const { targetId, targetType, postId } = event;
      const reaction = await this.repository.reactionCounts({ targetId, targetType, postId });
      return reaction && ((io) => io.to(placeRoom(reaction.place)).emit('reaction.updated', reaction.payload));
    });
  }

  private onNotification(event: EventOf<'notification.created'>) {
    return this.deliver(async () => {
      // Shares a query with the other notifications announced in this turn; its send keeps its place in the queue.
      const notification = await this.notifications.load(event.notificationId);
      // Written when its recipient could read the place; sent only if they still can.
      if (!notification || !canReadPlace(notification.recipient, notification.place).allowed) return undefined;
      return (io) => io.to(userRoom(notification.recipient.id)).emit('notification.created', notification.payload);
    });
  }

  /**
   * Fails closed at once: the person's sockets leave the space's room before anything else
   * happens (before the mutation that announced it answers, so before any later action by
   * anyone), then rejoin in order with events if the membership read now says they belong.
   */
  private onMembershipChanged({ spaceId, userId }: EventOf<'membership.changed'>) {
    this.moveSockets({ userId, spaceId, member: false });
    return this.effects.enqueue(async () => {
      const member = (await this.repository.membership(spaceId, userId)) !== null;
      // Applied whatever the answer: an earlier, stale join may have been applied since the leave above.
      return () => this.moveSockets({ userId, spaceId, member });
    });
  }

  private deliver(load: () => Promise<((io: RealtimeServer) => void) | undefined>): Promise<void> {
    return this.effects.enqueue(async (): Promise<Effect | undefined> => {
      if (!this.io) return undefined; // not listening yet (start-up) or any more (shutdown)
      // Nobody connected here and no other process to tell: skip the load (a queue worker between visits).
      if (!this.crossProcess && this.io.of('/').sockets.size === 0) return undefined;
      const send = await load();
      return send && (() => this.io && send(this.io));
    });
  }

  /** Moves this process's sockets now, and tells the other processes to do the same. */
  private moveSockets(change: RoomChange): void {
    if (!this.io) return;
    this.moveLocalSockets(change);
    if (this.crossProcess) this.io.serverSideEmit('chantier:rooms', change);
  }

  private moveLocalSockets({ userId, spaceId, member }: RoomChange): void {
    const sockets = this.io?.local.in(userRoom(userId));
    if (member) sockets?.socketsJoin(spaceRoom(spaceId));
    else sockets?.socketsLeave(spaceRoom(spaceId));
  }
}
