import type { PostKind, ReactionType } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { queryPrepared } from '../database/prepared-query.js';
import { COMMENT_SELECT, POST_SELECT } from './content.sql.js';
import type { Comment, Post, ReactionCount } from './post.object.js';

export interface NewPost {
  spaceId: string | null;
  authorId: string;
  kind: PostKind;
  body: string;
  html: string;
  /** Where the post came from when not written in the app (mail, connector). */
  source?: { kind: 'EMAIL' | 'CONNECTOR'; ref: string | null; url: string | null };
}

export interface NewComment {
  postId: string;
  parentId: string | null;
  authorId: string;
  body: string;
  html: string;
}

/** The facts a write needs about a post or comment: who wrote it and where it lives. */
export interface ContentRow {
  id: string;
  authorId: string;
  postId: string;
  parentId: string | null;
  spaceId: string | null;
  visibility: 'PUBLIC' | 'PRIVATE' | 'SECRET' | null;
  postAuthorId: string;
  type: 'POST' | 'COMMENT';
}

/** The only SQL that reads and writes posts, comments and reactions one at a time. */
@Injectable()
export class PostsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async post(viewerId: string, id: string): Promise<Post | undefined> {
    return (await queryPrepared<Post>(this.db, `${POST_SELECT} WHERE p.id = $2 AND p.deleted_at IS NULL`, [viewerId, id]))[0];
  }

  async comment(viewerId: string, id: string): Promise<Comment | undefined> {
    const sql = `${COMMENT_SELECT} WHERE c.id = $2 AND c.deleted_at IS NULL AND p.deleted_at IS NULL`;
    return (await queryPrepared<Comment>(this.db, sql, [viewerId, id]))[0];
  }

  /** Comments of a post, oldest first; keyset on (created_at, id). */
  async comments(viewerId: string, postId: string, after: readonly [string, string] | null, limit: number): Promise<Comment[]> {
    return (await this.db.query(
      `${COMMENT_SELECT} WHERE c.post_id = $2 AND c.deleted_at IS NULL
         AND ($3::timestamptz IS NULL OR (c.created_at, c.id) > ($3::timestamptz, $4::uuid))
       ORDER BY c.created_at, c.id LIMIT $5`,
      [viewerId, postId, after?.[0] ?? null, after?.[1] ?? null, limit],
    )) as Comment[];
  }

  /** Locates a live post or comment by id, with the facts access decisions need. */
  async locate(tx: EntityManager, id: string): Promise<ContentRow | undefined> {
    const rows = (await tx.query(
      `SELECT 'POST' AS type, p.id, p.author_id AS "authorId", p.id AS "postId", NULL::uuid AS "parentId", p.space_id AS "spaceId",
              s.visibility, p.author_id AS "postAuthorId"
         FROM post p LEFT JOIN space s ON s.id = p.space_id WHERE p.id = $1 AND p.deleted_at IS NULL
       UNION ALL
       SELECT 'COMMENT', c.id, c.author_id, c.post_id, c.parent_id, p.space_id, s.visibility, p.author_id
         FROM comment c JOIN post p ON p.id = c.post_id LEFT JOIN space s ON s.id = p.space_id
        WHERE c.id = $1 AND c.deleted_at IS NULL AND p.deleted_at IS NULL`,
      [id],
    )) as ContentRow[];
    return rows[0];
  }

  async insertPost(tx: EntityManager, post: NewPost): Promise<string> {
    const [row] = (await tx.query(
      `INSERT INTO post (space_id, author_id, kind, body, html, source_kind, source_ref, source_url)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        post.spaceId,
        post.authorId,
        post.kind,
        post.body,
        post.html,
        post.source?.kind ?? 'NATIVE',
        post.source?.ref ?? null,
        post.source?.url ?? null,
      ],
    )) as { id: string }[];
    return row!.id;
  }

  /** Keeps the previous body in the edit history, then replaces it. */
  async editPost(tx: EntityManager, id: string, editorId: string, body: string, html: string): Promise<void> {
    await tx.query(`INSERT INTO post_revision (post_id, body, edited_by) SELECT id, body, $2 FROM post WHERE id = $1`, [id, editorId]);
    await tx.query(`UPDATE post SET body = $2, html = $3, edited_at = now() WHERE id = $1`, [id, body, html]);
  }

  async softDeletePost(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`UPDATE post SET deleted_at = now() WHERE id = $1`, [id]);
  }

  async pinPost(tx: EntityManager, id: string, pinned: boolean): Promise<void> {
    await tx.query(`UPDATE post SET pinned = $2 WHERE id = $1`, [id, pinned]);
  }

  async insertComment(tx: EntityManager, comment: NewComment): Promise<string> {
    const [row] = (await tx.query(
      `INSERT INTO comment (post_id, parent_id, author_id, body, html) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [comment.postId, comment.parentId, comment.authorId, comment.body, comment.html],
    )) as { id: string }[];
    await tx.query(`UPDATE post SET comment_count = comment_count + 1 WHERE id = $1`, [comment.postId]);
    return row!.id;
  }

  async editComment(tx: EntityManager, id: string, body: string, html: string): Promise<void> {
    await tx.query(`UPDATE comment SET body = $2, html = $3, edited_at = now() WHERE id = $1`, [id, body, html]);
  }

  async softDeleteComment(tx: EntityManager, id: string, postId: string): Promise<void> {
    await tx.query(`UPDATE comment SET deleted_at = now() WHERE id = $1`, [id]);
    await tx.query(`UPDATE post SET comment_count = greatest(comment_count - 1, 0) WHERE id = $1`, [postId]);
  }

  /** Sets the user's one reaction on a target; returns the previous type, if any. */
  async react(
    tx: EntityManager,
    userId: string,
    targetType: 'POST' | 'COMMENT',
    targetId: string,
    type: ReactionType,
  ): Promise<ReactionType | null> {
    const previous = (await tx.query(`SELECT type FROM reaction WHERE target_id = $1 AND user_id = $2 FOR UPDATE`, [targetId, userId])) as {
      type: ReactionType;
    }[];
    await tx.query(
      `INSERT INTO reaction (user_id, target_type, target_id, type) VALUES ($1, $2, $3, $4)
       ON CONFLICT (target_id, user_id) DO UPDATE SET type = EXCLUDED.type, created_at = now()`,
      [userId, targetType, targetId, type],
    );
    return previous[0]?.type ?? null;
  }

  async unreact(tx: EntityManager, userId: string, targetId: string): Promise<boolean> {
    const rows = (await tx.query(`DELETE FROM reaction WHERE target_id = $1 AND user_id = $2 RETURNING type`, [targetId, userId])) as [
      unknown[],
      number,
    ];
    return rows[1] > 0;
  }

  async reactionSummary(
    tx: EntityManager,
    viewerId: string,
    targetId: string,
  ): Promise<{ reactionCounts: ReactionCount[]; viewerReaction: ReactionType | null }> {
    const [row] = (await tx.query(
      `SELECT coalesce((SELECT json_agg(json_build_object('type', type, 'count', n) ORDER BY type)
                          FROM (SELECT type, count(*)::int AS n FROM reaction WHERE target_id = $2 GROUP BY type) rc), '[]') AS "reactionCounts",
              (SELECT type FROM reaction WHERE target_id = $2 AND user_id = $1) AS "viewerReaction"`,
      [viewerId, targetId],
    )) as { reactionCounts: ReactionCount[]; viewerReaction: ReactionType | null }[];
    return row!;
  }
}
