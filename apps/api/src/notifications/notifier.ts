import { type NotificationKind, notificationRecipients, type Place } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { ViewerRepository } from '../auth/viewer.repository.js';
import { DomainEvents } from '../common/events/domain-events.js';
import { type NotificationRef, NotificationsRepository } from './notifications.repository.js';

/** What an action is about, and where it happened. */
export interface NotificationSubject {
  actorId: string;
  place: Place;
  postId: string;
  commentId: string | null;
  /** REACTION: the post or comment reacted to (the batch key). */
  targetId?: string;
}

/** Someone an action might notify, and why; list the strongest reasons first. */
export interface NotificationCandidate {
  userId: string;
  kind: NotificationKind;
}

const NOTHING_MUTED: ReadonlySet<NotificationKind> = new Set();

const groupKeyOf = (kind: NotificationKind, subject: NotificationSubject): string | null => {
  if (kind === 'REACTION') return subject.targetId ?? subject.commentId ?? subject.postId;
  if (kind === 'SPACE_POST') return subject.place?.id ?? null;
  // A busy external object (a ticket with many replies) is one growing notification per thread.
  if (kind === 'CONNECTOR_EVENT') return subject.postId;
  return null;
};

/**
 * Writes notifications inside the action's transaction, so they commit or roll back with it, and
 * announces them after the commit. Who is notified is the domain's decision
 * (`notificationRecipients`): never the actor, only people who may read the place, each once,
 * respecting their preferences.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly viewers: ViewerRepository,
    private readonly notifications: NotificationsRepository,
    private readonly events: DomainEvents,
  ) {}

  async notify(tx: EntityManager, subject: NotificationSubject, candidates: readonly NotificationCandidate[]): Promise<NotificationRef[]> {
    const kindsByUser = new Map<string, NotificationKind[]>();
    for (const { userId, kind } of candidates) {
      if (userId !== subject.actorId) kindsByUser.set(userId, [...(kindsByUser.get(userId) ?? []), kind]);
    }
    if (kindsByUser.size === 0) return [];
    const userIds = [...kindsByUser.keys()];
    // Only the place's membership matters to this decision; loading just that keeps a busy space's fan-out cheap.
    const viewers = await this.viewers.loadMany(userIds, { membershipsIn: subject.place ? [subject.place.id] : [], tx });
    const muted = await this.notifications.mutedKinds(tx, userIds);
    const recipients = notificationRecipients(
      subject.actorId,
      subject.place,
      viewers.map((viewer) => ({ viewer, kinds: kindsByUser.get(viewer.id) ?? [], mutedKinds: muted.get(viewer.id) ?? NOTHING_MUTED })),
    );
    const byKind = new Map<NotificationKind, string[]>();
    for (const { userId, kind } of recipients) byKind.set(kind, [...(byKind.get(kind) ?? []), userId]);
    const written: NotificationRef[] = [];
    for (const [kind, recipientIds] of byKind) {
      written.push(
        ...(await this.notifications.upsert(tx, {
          kind,
          recipientIds,
          actorId: subject.actorId,
          postId: subject.postId,
          commentId: subject.commentId,
          spaceId: subject.place?.id ?? null,
          groupKey: groupKeyOf(kind, subject),
        })),
      );
    }
    return written;
  }

  /** Call after the transaction that wrote them has committed. */
  announce(written: readonly NotificationRef[]): void {
    for (const { id, recipientId } of written) {
      this.events.emit({ type: 'notification.created', notificationId: id, recipientId });
    }
  }
}
