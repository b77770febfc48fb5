import { Global, Injectable, Module } from '@nestjs/common';

import { logger } from '../logger.js';

/*
 * What happened, announced after the transaction that made it commits. Listeners (realtime
 * broadcast, …) react without slowing or failing the request; anything that must be durable with
 * the action (activity log, notifications) is written inside the transaction instead.
 */

export type DomainEvent =
  | { type: 'post.created'; postId: string; spaceId: string | null; authorId: string }
  | { type: 'post.updated'; postId: string; spaceId: string | null; deleted: boolean }
  | { type: 'comment.created'; commentId: string; postId: string; spaceId: string | null; authorId: string }
  | { type: 'reaction.updated'; targetId: string; targetType: 'POST' | 'COMMENT'; postId: string; spaceId: string | null; actorId: string }
  | { type: 'membership.changed'; spaceId: string; userId: string }
  | { type: 'space.updated'; spaceId: string }
  | { type: 'notification.created'; notificationId: string; recipientId: string };

type Listener<T extends DomainEvent['type']> = (event: Extract<DomainEvent, { type: T }>) => void | Promise<void>;

@Injectable()
export class DomainEvents {
  private readonly listeners = new Map<DomainEvent['type'], Listener<any>[]>();

  on<T extends DomainEvent['type']>(type: T, listener: Listener<T>): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  /** Call only after the transaction that made the change has committed. */
  emit(event: DomainEvent): void {
    for (const listener of this.listeners.get(event.type) ?? []) {
      Promise.resolve()
        .then(() => listener(event))
        .catch((error: unknown) => logger.error({ err: error, event: event.type }, 'domain event listener failed'));
    }
  }
}

@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
