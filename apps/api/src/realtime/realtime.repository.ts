import { excerpt, type Place, type SpaceRole, type UserRole, type Viewer } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { COMMENT_SELECT, POST_SELECT } from '../posts/content.sql.js';
import type { Comment, Post, PostSpace } from '../posts/post.object.js';
import type { CommentPayload, NotificationPayload, PostPayload, ReactionUpdatedPayload, Routed } from './realtime.payloads.js';

/*
 * One query per event (per batch of them for notifications), each returning the payload and the
 * place it lives in, with the space's visibility as it is now (events go where the content may be
 * read now, not when it was made).
 * Content SELECTs are the GraphQL read paths' own, so payloads have the GraphQL shapes; $1, the
 * viewer, is NULL: these payloads are the same for everyone.
 */

const placeOf = (space: PostSpace | null): Place => (space ? { id: space.id, visibility: space.visibility } : null);

/** What a notification needs to be sent, and the facts that decide whether its recipient may still read it. */
export interface NotificationToSend {
  payload: NotificationPayload;
  recipient: Viewer;
  place: Place;
}

interface NotificationRow extends Omit<NotificationPayload, 'excerpt'> {
  excerptSource: string;
  recipientId: string;
  recipientRole: UserRole;
  recipientActive: boolean;
  recipientSpaceRole: SpaceRole | null;
}

const toSend = (row: NotificationRow): NotificationToSend => {
  const { excerptSource, recipientId, recipientRole, recipientActive, recipientSpaceRole, ...payload } = row;
  const place = placeOf(payload.space);
  return {
    payload: { ...payload, excerpt: excerpt(excerptSource) || null },
    place,
    recipient: {
      id: recipientId,
      role: recipientRole,
      active: recipientActive,
      memberships: new Map(place && recipientSpaceRole ? [[place.id, recipientSpaceRole]] : []),
    },
  };
};

@Injectable()
export class RealtimeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A live post as `post.created` / `post.updated` carry it. */
  async post(id: string): Promise<Routed<PostPayload> | undefined> {
    const [row] = (await this.db.query(`${POST_SELECT} WHERE p.id = $2 AND p.deleted_at IS NULL`, [null, id])) as Post[];
    if (!row) return undefined;
    const { viewerReaction: _viewerReaction, cursorTime: _cursorTime, ...payload } = row;
    return { payload, place: placeOf(row.space) };
  }

  /** Where a post lives, deleted or not, for the `post.updated` that announces its deletion. */
  async postPlace(id: string): Promise<Routed<PostSpace | null> | undefined> {
    const [row] = (await this.db.query(
      `SELECT CASE WHEN s.id IS NULL THEN NULL ELSE
                json_build_object('id', s.id, 'slug', s.slug, 'name', s.name, 'kind', s.kind, 'visibility', s.visibility) END AS space
         FROM post p LEFT JOIN space s ON s.id = p.space_id WHERE p.id = $1`,
      [id],
    )) as { space: PostSpace | null }[];
    return row && { payload: row.space, place: placeOf(row.space) };
  }

  /** A live comment as `comment.created` carries it, with its post's comment count. */
  async comment(id: string): Promise<Routed<CommentPayload> | undefined> {
    const [row] = (await this.db.query(
      `SELECT c.*, p.comment_count AS "postCommentCount"
         FROM (${COMMENT_SELECT} WHERE c.id = $2 AND c.deleted_at IS NULL AND p.deleted_at IS NULL) c
         JOIN post p ON p.id = c."postId"`,
      [null, id],
    )) as (Comment & { postCommentCount: number })[];
    if (!row) return undefined;
    const { viewerReaction: _viewerReaction, cursorTime: _cursorTime, space, ...payload } = row;
    return { payload, place: placeOf(space) };
  }

  /** A post's or comment's reaction counts, if its post is still there. */
  async reactionCounts(
    target: Pick<ReactionUpdatedPayload, 'targetId' | 'targetType' | 'postId'>,
  ): Promise<Routed<ReactionUpdatedPayload> | undefined> {
    const [row] = (await this.db.query(
      `SELECT coalesce((SELECT json_agg(json_build_object('type', rc.type, 'count', rc.n) ORDER BY rc.type)
                          FROM (SELECT type, count(*)::int AS n FROM reaction WHERE target_id = $1 GROUP BY type) rc), '[]') AS "reactionCounts",
              CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('id', s.id, 'visibility', s.visibility) END AS place
         FROM post p LEFT JOIN space s ON s.id = p.space_id WHERE p.id = $2 AND p.deleted_at IS NULL`,
      [target.targetId, target.postId],
    )) as (Pick<ReactionUpdatedPayload, 'reactionCounts'> & { place: Place })[];
    return row && { payload: { ...target, reactionCounts: row.reactionCounts }, place: row.place };
  }

  /**
   * Notifications as `notification.created` carries them (the GraphQL read's columns), each with
   * its recipient's facts about its place: enough for canReadPlace. One query for all of them: a
   * post in a busy space announces one per follower at once. Missing: gone, or its content is.
   */
  async notifications(ids: readonly string[]): Promise<Map<string, NotificationToSend>> {
    const rows = (await this.db.query(
      `SELECT n.id, n.kind, n.count, n.read_at IS NOT NULL AS read, n.created_at AS "createdAt", n.updated_at AS "updatedAt",
              n.comment_id AS "commentId",
              (SELECT json_build_object('id', a.id, 'displayName', a.display_name, 'handle', a.handle, 'title', a.title)
                 FROM app_user a WHERE a.id = n.actor_id) AS actor,
              json_build_object('id', p.id, 'kind', p.kind) AS post,
              CASE WHEN s.id IS NULL THEN NULL ELSE
                json_build_object('id', s.id, 'slug', s.slug, 'name', s.name, 'kind', s.kind, 'visibility', s.visibility) END AS space,
              left(coalesce(c.body, p.body), 1000) AS "excerptSource",
              r.id AS "recipientId", r.role AS "recipientRole", r.active AS "recipientActive",
              (SELECT m.role FROM membership m WHERE m.space_id = p.space_id AND m.user_id = r.id) AS "recipientSpaceRole"
         FROM notification n
         JOIN app_user r ON r.id = n.recipient_id
         JOIN post p ON p.id = n.post_id AND p.deleted_at IS NULL
         LEFT JOIN comment c ON c.id = n.comment_id
         LEFT JOIN space s ON s.id = p.space_id
        WHERE n.id = ANY($1::uuid[]) AND (n.comment_id IS NULL OR c.deleted_at IS NULL)`,
      [ids],
    )) as NotificationRow[];
    return new Map(rows.map((row) => [row.id, toSend(row)]));
  }

  /** Several people's access facts at once (as the auth guard loads one), by id. */
  async viewers(userIds: readonly string[]): Promise<Map<string, Viewer>> {
    const rows = (await this.db.query(
      `SELECT u.id, u.role, u.active,
              coalesce((SELECT json_agg(json_build_array(m.space_id, m.role)) FROM membership m WHERE m.user_id = u.id), '[]') AS memberships
         FROM app_user u WHERE u.id = ANY($1::uuid[])`,
      [userIds],
    )) as { id: string; role: UserRole; active: boolean; memberships: [string, SpaceRole][] }[];
    return new Map(rows.map((row) => [row.id, { ...row, memberships: new Map(row.memberships) }]));
  }

  /** The person's role in the space now, or null when they are not (or no longer) a member. */
  async membership(spaceId: string, userId: string): Promise<SpaceRole | null> {
    const [row] = (await this.db.query(
      `SELECT m.role FROM membership m JOIN app_user u ON u.id = m.user_id AND u.active WHERE m.space_id = $1 AND m.user_id = $2`,
      [spaceId, userId],
    )) as { role: SpaceRole }[];
    return row?.role ?? null;
  }
}
