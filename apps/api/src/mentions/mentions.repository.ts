import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { toUser, USER_COLUMNS, USER_FROM, type UserRow } from '../people/people.repository.js';
import type { User } from '../people/user.object.js';

/** Where a mention lives: a post's body (commentId null) or one of its comments. */
export interface MentionSource {
  postId: string;
  commentId: string | null;
}

const likePrefix = (text: string): string => `${text.replace(/[\\%_]/g, '\\$&')}%`;

/** The only SQL about mentions: resolving handles, the stored mentions, and `@` autocomplete. */
@Injectable()
export class MentionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Active people with these handles, at most `limit` of them. */
  async activeUserIds(tx: EntityManager, handles: readonly string[], limit: number): Promise<string[]> {
    if (handles.length === 0) return [];
    const rows = (await tx.query(`SELECT id FROM app_user WHERE handle = ANY($1::text[]) AND active ORDER BY handle LIMIT $2`, [
      handles,
      limit,
    ])) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /**
   * Makes `userIds` the people this source mentions; returns those it did not mention before,
   * the only ones an edit should notify. `fresh`: the source was just created, nothing to replace.
   */
  async replace(tx: EntityManager, source: MentionSource, userIds: readonly string[], fresh: boolean): Promise<string[]> {
    const before = new Set(fresh ? [] : await this.deleteAll(tx, source));
    if (userIds.length > 0) {
      await tx.query(`INSERT INTO mention (post_id, comment_id, user_id) SELECT $1, $2, unnest($3::uuid[])`, [
        source.postId,
        source.commentId,
        userIds,
      ]);
    }
    return userIds.filter((id) => !before.has(id));
  }

  /** Deletes the source's mentions; returns who they mentioned. */
  private async deleteAll(tx: EntityManager, source: MentionSource): Promise<string[]> {
    const [where, id] =
      source.commentId === null ? ['post_id = $1 AND comment_id IS NULL', source.postId] : ['comment_id = $1', source.commentId];
    const [rows] = (await tx.query(`DELETE FROM mention WHERE ${where} RETURNING user_id AS "userId"`, [id])) as [
      { userId: string }[],
      number,
    ];
    return rows.map((row) => row.userId);
  }

  /**
   * Active people (other than the viewer) whose handle, name or a word of their name starts with
   * `query`; with `memberOf`, only members of that space. Exact handle first, then by name.
   */
  async candidates(viewerId: string, query: { text: string; handle: string }, memberOf: string | null, limit: number): Promise<User[]> {
    const rows = (await this.db.query(
      `SELECT ${USER_COLUMNS} FROM ${USER_FROM}
        WHERE u.active AND u.id <> $1
          AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM membership m WHERE m.space_id = $3 AND m.user_id = u.id))
          AND ($7 = '' OR ($4 <> '' AND u.handle LIKE $5) OR lower(u.display_name) LIKE $6 OR lower(u.display_name) LIKE '% ' || $6)
        ORDER BY (u.handle = $4) DESC, lower(u.display_name), u.id
        LIMIT $2`,
      [viewerId, limit, memberOf, query.handle, likePrefix(query.handle), likePrefix(query.text.toLowerCase()), query.text],
    )) as UserRow[];
    return rows.map(toUser);
  }
}
