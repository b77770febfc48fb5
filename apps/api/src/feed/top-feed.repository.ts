import type { FeedCandidate, FeedRankingParameters, PostKind, ReadableScope } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { Post } from '../posts/post.object.js';
import { topFeedOlderSql, topFeedPageSql, topFeedWindowSql } from './top-feed.sql.js';

/** A post after the ranked window, listed by recency: its id and `created_at::text` for the cursor. */
export interface OlderPost {
  id: string;
  cursorTime: string;
}

type FeatureRow = {
  part: 'ranked' | 'older';
  id: string;
  authorId: string;
  viewerAuthored: boolean;
  spaceId: string | null;
  kind: PostKind;
  createdAtMs: number;
  cursorTime: string;
  reactors: number;
  comments: number;
  commenters: number;
  authorComments: number;
  authorMentions: number;
  authorReactions: number;
  followsAuthor: boolean;
  spacePosts: number;
  spaceComments: number;
  spaceReactions: number;
  member: boolean;
  followsSpace: boolean;
};

const DAY_MS = 86_400_000;

const toCandidate = (r: FeatureRow): FeedCandidate => ({
  id: r.id,
  authorId: r.authorId,
  kind: r.kind,
  createdAtMs: r.createdAtMs,
  engagement: { reactors: r.reactors, comments: r.comments, commenters: r.commenters },
  author: {
    isViewer: r.viewerAuthored,
    comments: r.authorComments,
    mentions: r.authorMentions,
    reactions: r.authorReactions,
    follows: r.followsAuthor,
  },
  space: {
    companyStream: r.spaceId === null,
    posts: r.spacePosts,
    comments: r.spaceComments,
    reactions: r.spaceReactions,
    member: r.member,
    follows: r.followsSpace,
  },
});

/** The TOP home feed's SQL: the candidate window with its features, the older posts after it, and a page's full rows. */
@Injectable()
export class TopFeedRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The candidate window at `asOf` and the first `olderLimit` posts after it by recency. */
  async window(
    viewerId: string,
    scope: ReadableScope,
    asOf: Date,
    { days, maxPosts, affinityDays }: FeedRankingParameters['window'],
    olderLimit: number,
  ): Promise<{ candidates: FeedCandidate[]; older: OlderPost[] }> {
    const rows = (await this.db.query(topFeedWindowSql(scope), [
      viewerId,
      scope.memberSpaceIds,
      asOf,
      new Date(asOf.getTime() - days * DAY_MS),
      maxPosts,
      olderLimit,
      new Date(asOf.getTime() - affinityDays * DAY_MS),
    ])) as FeatureRow[];
    return {
      candidates: rows.filter((r) => r.part === 'ranked').map(toCandidate),
      older: rows.filter((r) => r.part === 'older').map((r) => ({ id: r.id, cursorTime: r.cursorTime })),
    };
  }

  /** Posts after the window, newest first, continuing after `after` = (created_at::text, id). */
  async older(viewerId: string, scope: ReadableScope, after: readonly [string, string], limit: number): Promise<OlderPost[]> {
    return (await this.db.query(topFeedOlderSql(scope), [viewerId, scope.memberSpaceIds, after[0], after[1], limit])) as OlderPost[];
  }

  /** The full rows of a page's posts (any order), still filtered by what the viewer may read. */
  async posts(viewerId: string, scope: ReadableScope, ids: readonly string[]): Promise<Post[]> {
    return (await this.db.query(topFeedPageSql(scope), [viewerId, scope.memberSpaceIds, ids])) as Post[];
  }
}
