import type { EmailDigest, NotificationKind, ReadableScope } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { readableFilter } from '../posts/content.sql.js';
import type { Notification } from './notification.object.js';

export interface NotificationWrite {
  kind: NotificationKind;
  recipientIds: readonly string[];
  actorId: string;
  postId: string;
  commentId: string | null;
  spaceId: string | null;
  /** Batched kinds: while unread, one row per (recipient, kind, groupKey) whose count grows. */
  groupKey: string | null;
}

export interface NotificationRef {
  id: string;
  recipientId: string;
}

export type NotificationRow = Notification & { excerptSource: string };

/*
 * Every read goes through the post the notification is about and the viewer's readable-space
 * set, so leaving a space hides its notifications at once, and deleted content takes its
 * notifications with it. $1 is the recipient, $2 their member space ids.
 */
const READABLE_FROM = (scope: ReadableScope) => `
  FROM notification n
  JOIN post p ON p.id = n.post_id AND p.deleted_at IS NULL
  LEFT JOIN comment c ON c.id = n.comment_id
  LEFT JOIN space s ON s.id = p.space_id
 WHERE n.recipient_id = $1 AND ${readableFilter(scope, '$2')} AND (n.comment_id IS NULL OR c.deleted_at IS NULL)`;

/** The only SQL about notifications and notification preferences. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts one notification per recipient, or grows the open one for batched kinds. */
  async upsert(tx: EntityManager, write: NotificationWrite): Promise<NotificationRef[]> {
    if (write.recipientIds.length === 0) return [];
    // Sorted, so concurrent writers lock the recipients' rows in the same order.
    const recipients = [...write.recipientIds].sort();
    return (await tx.query(
      `INSERT INTO notification (recipient_id, kind, actor_id, post_id, comment_id, space_id, group_key)
       SELECT r, $2, $3, $4, $5, $6, $7 FROM unnest($1::uuid[]) AS r
       ON CONFLICT (recipient_id, kind, group_key) WHERE read_at IS NULL AND group_key IS NOT NULL
       DO UPDATE SET count = notification.count + 1, actor_id = EXCLUDED.actor_id, post_id = EXCLUDED.post_id,
                     comment_id = EXCLUDED.comment_id, updated_at = now()
       RETURNING id, recipient_id AS "recipientId"`,
      [recipients, write.kind, write.actorId, write.postId, write.commentId, write.spaceId, write.groupKey],
    )) as NotificationRef[];
  }

  /** The kinds each of these people switched off. */
  async mutedKinds(tx: EntityManager, userIds: readonly string[]): Promise<Map<string, Set<NotificationKind>>> {
    const muted = new Map<string, Set<NotificationKind>>();
    if (userIds.length === 0) return muted;
    const rows = (await tx.query(
      `SELECT user_id AS "userId", kind FROM notification_preference WHERE user_id = ANY($1::uuid[]) AND NOT in_app`,
      [userIds],
    )) as { userId: string; kind: NotificationKind }[];
    for (const { userId, kind } of rows) muted.set(userId, (muted.get(userId) ?? new Set()).add(kind));
    return muted;
  }

  async spaceFollowerIds(tx: EntityManager, spaceId: string): Promise<string[]> {
    const rows = (await tx.query(`SELECT follower_id AS id FROM follow WHERE target_space_id = $1`, [spaceId])) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** The recipient's readable notifications, most recently changed first; keyset on (updated_at, id). */
  async page(
    recipientId: string,
    scope: ReadableScope,
    after: readonly [string, string] | null,
    limit: number,
  ): Promise<NotificationRow[]> {
    return (await this.db.query(
      `SELECT n.id, n.kind, n.count, n.read_at IS NOT NULL AS read, n.created_at AS "createdAt", n.updated_at AS "updatedAt",
              n.updated_at::text AS "cursorTime", n.comment_id AS "commentId",
              (SELECT json_build_object('id', a.id, 'displayName', a.display_name, 'handle', a.handle, 'title', a.title)
                 FROM app_user a WHERE a.id = n.actor_id) AS actor,
              json_build_object('id', p.id, 'kind', p.kind) AS post,
              CASE WHEN s.id IS NULL THEN NULL ELSE
                json_build_object('id', s.id, 'slug', s.slug, 'name', s.name, 'kind', s.kind, 'visibility', s.visibility) END AS space,
              left(coalesce(c.body, p.body), 1000) AS "excerptSource"
       ${READABLE_FROM(scope)}
         AND ($3::timestamptz IS NULL OR (n.updated_at, n.id) < ($3::timestamptz, $4::uuid))
       ORDER BY n.updated_at DESC, n.id DESC LIMIT $5`,
      [recipientId, scope.memberSpaceIds, after?.[0] ?? null, after?.[1] ?? null, limit],
    )) as NotificationRow[];
  }

  async unreadCount(recipientId: string, scope: ReadableScope): Promise<number> {
    const [row] = (await this.db.query(`SELECT count(*)::int AS n ${READABLE_FROM(scope)} AND n.read_at IS NULL`, [
      recipientId,
      scope.memberSpaceIds,
    ])) as { n: number }[];
    return row?.n ?? 0;
  }

  /** Marks the recipient's readable unread notifications read (only `ids` when given); returns how many changed. */
  async markRead(recipientId: string, scope: ReadableScope, ids: readonly string[] | null): Promise<number> {
    const [, changed] = (await this.db.query(
      `UPDATE notification SET read_at = now()
        WHERE read_at IS NULL AND recipient_id = $1
          AND id IN (SELECT n.id ${READABLE_FROM(scope)} AND n.read_at IS NULL AND ($3::uuid[] IS NULL OR n.id = ANY($3::uuid[])))`,
      [recipientId, scope.memberSpaceIds, ids],
    )) as [unknown[], number];
    return changed;
  }

  async preferences(userId: string): Promise<{ muted: NotificationKind[]; emailDigest: EmailDigest }> {
    const [row] = (await this.db.query(
      `SELECT u.email_digest AS "emailDigest",
              coalesce((SELECT json_agg(np.kind) FROM notification_preference np WHERE np.user_id = u.id AND NOT np.in_app), '[]') AS muted
         FROM app_user u WHERE u.id = $1`,
      [userId],
    )) as { muted: NotificationKind[]; emailDigest: EmailDigest }[];
    return row ?? { muted: [], emailDigest: 'OFF' };
  }

  async savePreferences(
    tx: EntityManager,
    userId: string,
    settings: readonly { kind: NotificationKind; enabled: boolean }[],
    emailDigest: EmailDigest | null,
  ): Promise<void> {
    if (settings.length > 0) {
      await tx.query(
        `INSERT INTO notification_preference (user_id, kind, in_app)
         SELECT $1, kind, enabled FROM unnest($2::text[], $3::boolean[]) AS t (kind, enabled)
         ON CONFLICT (user_id, kind) DO UPDATE SET in_app = EXCLUDED.in_app, updated_at = now()`,
        [userId, settings.map((s) => s.kind), settings.map((s) => s.enabled)],
      );
    }
    if (emailDigest) await tx.query(`UPDATE app_user SET email_digest = $2 WHERE id = $1`, [userId, emailDigest]);
  }
}
