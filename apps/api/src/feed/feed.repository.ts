import type { ReadableScope } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { POST_SELECT, readableFilter } from '../posts/content.sql.js';
import type { Post } from '../posts/post.object.js';
import { homeSetFilter } from './home-set.sql.js';

export type TimeKey = readonly [string, string];
export type PinnedTimeKey = readonly [boolean, string, string];

/*
 * Feed pages: one SQL round trip each (posts with authors, spaces, counts and the viewer's
 * reaction), keyset-paginated, filtered by the viewer's readable-space set.
 */
@Injectable()
export class FeedRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Home feed, newest first: the company stream, my spaces, followed spaces and people, and my own posts. */
  async home(viewerId: string, scope: ReadableScope, after: TimeKey | null, limit: number): Promise<Post[]> {
    return (await this.db.query(
      `${POST_SELECT}
        WHERE p.deleted_at IS NULL AND ${readableFilter(scope, '$2')}
          AND ${homeSetFilter('$1', '$2')}
          AND ($3::timestamptz IS NULL OR (p.created_at, p.id) < ($3::timestamptz, $4::uuid))
        ORDER BY p.created_at DESC, p.id DESC LIMIT $5`,
      [viewerId, scope.memberSpaceIds, after?.[0] ?? null, after?.[1] ?? null, limit],
    )) as Post[];
  }

  /** One space's posts, pinned first, then newest first. The caller has checked read access. */
  async space(viewerId: string, spaceId: string, after: PinnedTimeKey | null, limit: number): Promise<Post[]> {
    return (await this.db.query(
      `${POST_SELECT}
        WHERE p.deleted_at IS NULL AND p.space_id = $2
          AND ($3::boolean IS NULL OR (p.pinned, p.created_at, p.id) < ($3::boolean, $4::timestamptz, $5::uuid))
        ORDER BY p.pinned DESC, p.created_at DESC, p.id DESC LIMIT $6`,
      [viewerId, spaceId, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit],
    )) as Post[];
  }

  /** One person's posts that the viewer may read, newest first. */
  async author(viewerId: string, scope: ReadableScope, authorId: string, after: TimeKey | null, limit: number): Promise<Post[]> {
    return (await this.db.query(
      `${POST_SELECT}
        WHERE p.deleted_at IS NULL AND p.author_id = $3 AND ${readableFilter(scope, '$2')}
          AND ($4::timestamptz IS NULL OR (p.created_at, p.id) < ($4::timestamptz, $5::uuid))
        ORDER BY p.created_at DESC, p.id DESC LIMIT $6`,
      [viewerId, scope.memberSpaceIds, authorId, after?.[0] ?? null, after?.[1] ?? null, limit],
    )) as Post[];
  }
}
