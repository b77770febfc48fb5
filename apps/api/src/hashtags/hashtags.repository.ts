import type { ReadableScope } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { POST_SELECT, readableFilter } from '../posts/content.sql.js';
import type { Post } from '../posts/post.object.js';

/** The only SQL about hashtags: which posts carry which tags, and a tag's feed. */
@Injectable()
export class HashtagsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Makes `tags` the tags one source (the post's body, or one of its comments) gives its post,
   * inside the write's transaction. Tags are inserted in sorted order so concurrent writers
   * lock them in the same order.
   */
  async replaceForSource(tx: EntityManager, postId: string, sourceId: string, tags: readonly string[]): Promise<void> {
    const sorted = [...tags].sort();
    await tx.query(
      `DELETE FROM post_hashtag WHERE source_id = $1 AND hashtag_id NOT IN (SELECT id FROM hashtag WHERE tag = ANY($2::text[]))`,
      [sourceId, sorted],
    );
    if (sorted.length === 0) return;
    await tx.query(`INSERT INTO hashtag (tag) SELECT unnest($1::text[]) ON CONFLICT (tag) DO NOTHING`, [sorted]);
    await tx.query(
      `INSERT INTO post_hashtag (hashtag_id, post_id, source_id, post_created_at)
       SELECT h.id, p.id, $2, p.created_at FROM hashtag h JOIN post p ON p.id = $1 WHERE h.tag = ANY($3::text[])
       ON CONFLICT DO NOTHING`,
      [postId, sourceId, sorted],
    );
  }

  /** A deleted comment no longer tags its post. */
  async forgetSource(tx: EntityManager, sourceId: string): Promise<void> {
    await tx.query(`DELETE FROM post_hashtag WHERE source_id = $1`, [sourceId]);
  }

  /** How many live posts the viewer may read carry the tag. */
  async visiblePostCount(scope: ReadableScope, tag: string): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS n FROM post p LEFT JOIN space s ON s.id = p.space_id
        WHERE p.deleted_at IS NULL AND ${readableFilter(scope, '$2')}
          AND p.id IN (SELECT ph.post_id FROM post_hashtag ph JOIN hashtag h ON h.id = ph.hashtag_id WHERE h.tag = $1)`,
      [tag, scope.memberSpaceIds],
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  /** Readable live posts carrying the tag, newest first; keyset on (created_at, id). */
  async feed(viewerId: string, scope: ReadableScope, tag: string, after: readonly [string, string] | null, limit: number): Promise<Post[]> {
    return (await this.db.query(
      `${POST_SELECT}
        WHERE p.deleted_at IS NULL AND ${readableFilter(scope, '$2')}
          AND p.id IN (SELECT ph.post_id FROM post_hashtag ph JOIN hashtag h ON h.id = ph.hashtag_id
                        WHERE h.tag = $3
                          AND ($4::timestamptz IS NULL OR (ph.post_created_at, ph.post_id) < ($4::timestamptz, $5::uuid)))
          AND ($4::timestamptz IS NULL OR (p.created_at, p.id) < ($4::timestamptz, $5::uuid))
        ORDER BY p.created_at DESC, p.id DESC LIMIT $6`,
      [viewerId, scope.memberSpaceIds, tag, after?.[0] ?? null, after?.[1] ?? null, limit],
    )) as Post[];
  }
}
