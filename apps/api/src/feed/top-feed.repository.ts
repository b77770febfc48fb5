import type { FeedCandidate, FeedRankingParameters, PostKind, ReadableScope } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryPrepared } from '../database/prepared-query.js';
import type { Post } from '../posts/post.object.js';
import { topFeedOlderSql, topFeedPageSql, topFeedWindowSql } from './top-feed.sql.js';

/** A post after the ranked window, listed by recency: its id and `created_at::text` for the cursor. */
export interface OlderPost {
  id: string;
  cursorTime: string;
}

type AuthorTies = { id: string; comments: number; mentions: number; reactions: number; follows: boolean };
type SpaceTies = { id: string | null; posts: number; comments: number; reactions: number; member: boolean; follows: boolean };

/** A window post: id, author, space (null: the company stream), kind, created_at in ms, reactors, comments, commenters. */
type WindowPost = [string, string, string | null, PostKind, number, number, number, number];

type WindowRow = {
  part: 'window' | 'older';
  id: string;
  cursorTime: string;
  posts: WindowPost[] | null;
  /** Only the authors and spaces of the window the viewer has a tie with; absent means none. */
  affinity: { authors: AuthorTies[] | null; spaces: SpaceTies[] | null } | null;
};

const DAY_MS = 86_400_000;
const NO_AUTHOR_TIES: AuthorTies = { id: '', comments: 0, mentions: 0, reactions: 0, follows: false };
const NO_SPACE_TIES: SpaceTies = { id: null, posts: 0, comments: 0, reactions: 0, member: false, follows: false };

/**
 * The window as the ranking's candidates: each post with its engagement and the viewer's ties with
 * its author and space. Fields are copied one by one: object spreads cost milliseconds on 500 posts.
 */
const toCandidates = (viewerId: string, window: WindowRow | undefined): FeedCandidate[] => {
  const authors = new Map((window?.affinity?.authors ?? []).map((ties) => [ties.id, ties]));
  const spaces = new Map((window?.affinity?.spaces ?? []).map((ties) => [ties.id, ties]));
  return (window?.posts ?? []).map(([id, authorId, spaceId, kind, createdAtMs, reactors, comments, commenters]) => {
    const a = authors.get(authorId) ?? NO_AUTHOR_TIES;
    const s = spaces.get(spaceId) ?? NO_SPACE_TIES;
    return {
      id,
      authorId,
      kind,
      createdAtMs,
      engagement: { reactors, comments, commenters },
      author: { isViewer: authorId === viewerId, comments: a.comments, mentions: a.mentions, reactions: a.reactions, follows: a.follows },
      space: {
        companyStream: spaceId === null,
        posts: s.posts,
        comments: s.comments,
        reactions: s.reactions,
        member: s.member,
        follows: s.follows,
      },
    };
  });
};

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
    ])) as WindowRow[];
    return {
      candidates: toCandidates(
        viewerId,
        rows.find((r) => r.part === 'window'),
      ),
      older: rows.filter((r) => r.part === 'older').map((r) => ({ id: r.id, cursorTime: r.cursorTime })),
    };
  }

  /** Posts after the window, newest first, continuing after `after` = (created_at::text, id). */
  async older(viewerId: string, scope: ReadableScope, after: readonly [string, string], limit: number): Promise<OlderPost[]> {
    return (await this.db.query(topFeedOlderSql(scope), [viewerId, scope.memberSpaceIds, after[0], after[1], limit])) as OlderPost[];
  }

  /** The full rows of a page's posts (any order), still filtered by what the viewer may read. */
  async posts(viewerId: string, scope: ReadableScope, ids: readonly string[]): Promise<Post[]> {
    return queryPrepared<Post>(this.db, topFeedPageSql(scope), [viewerId, scope.memberSpaceIds, ids]);
  }
}
