import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Verbs of the activity log (ANALYTICS.md §0.2). */
export type ActivityVerb =
  | 'post'
  | 'comment'
  // EDGE-ONLY (ANALYTICS.md §0.2): an interaction-graph edge, never counted as engagement.
  | 'mention'
  | 'react'
  | 'unreact'
  | 'edit'
  | 'delete'
  | 'pin'
  | 'follow'
  | 'unfollow'
  | 'join'
  | 'leave'
  | 'add_member'
  | 'remove_member'
  | 'create_space'
  | 'update_project'
  // IT configuring a connector (meta.action: create, rotate_secret, add_route, remove_route, replay); SETUP-like, never engagement.
  | 'configure_connector';

export interface ActivityEvent {
  actorId: string;
  actorKind?: 'human' | 'bot' | 'connector' | 'system';
  verb: ActivityVerb;
  targetType?: 'post' | 'comment' | 'person' | 'space' | 'project';
  targetId?: string;
  /** Root post of the conversation. */
  threadId?: string | null;
  /** Author of the content acted on, or the person followed/added, as known at write time. */
  targetAuthorId?: string | null;
  spaceId?: string | null;
  meta?: Record<string, unknown>;
  occurredAt?: Date;
}

/**
 * Appends to the activity log. Always called with the transaction's EntityManager, so the log
 * row commits or rolls back with the action it describes.
 */
@Injectable()
export class ActivityRecorder {
  async record(tx: EntityManager, event: ActivityEvent): Promise<void> {
    await tx.query(
      `INSERT INTO activity (occurred_at, occurred_on, actor_id, actor_kind, verb, target_type, target_id, thread_id, target_author_id, space_id, meta)
       VALUES ($1, ($1::timestamptz AT TIME ZONE 'Europe/Paris')::date, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        event.occurredAt ?? new Date(),
        event.actorId,
        event.actorKind ?? 'human',
        event.verb,
        event.targetType ?? null,
        event.targetId ?? null,
        event.threadId ?? null,
        event.targetAuthorId ?? null,
        event.spaceId ?? null,
        event.meta ?? {},
      ],
    );
  }
}
