import type { PostKind } from '../validation/index.js';
import {
  affinityFactor,
  type AuthorAffinityFacts,
  engagementFactor,
  type EngagementFacts,
  recencyFactor,
  type SpaceAffinityFacts,
} from './factors.js';
import { FEED_RANKING, type FeedRankingParameters } from './parameters.js';

/** A post of the candidate window with the facts its score depends on, all counted before `asOf`. */
export interface FeedCandidate {
  readonly id: string;
  readonly authorId: string;
  readonly kind: PostKind;
  /** Creation time in epoch milliseconds (may carry a fraction: the database keeps microseconds). */
  readonly createdAtMs: number;
  readonly engagement: EngagementFacts;
  readonly author: AuthorAffinityFacts;
  readonly space: SpaceAffinityFacts;
}

/** A candidate's place in the ranking, with the factors that put it there (for tests and explanations). */
export interface RankedPost {
  readonly id: string;
  readonly score: number;
  readonly recency: number;
  readonly engagement: number;
  readonly affinity: number;
  /** diversity^k, k = how many of the same author's posts rank above this one. */
  readonly diversity: number;
}

/** Where a page ended in a ranking: the last post's score and id. */
export interface RankPosition {
  readonly score: number;
  readonly id: string;
}

/** Score descending, then id descending: a total order, so equal scores still page deterministically. */
const before = (a: RankPosition, b: RankPosition): number => b.score - a.score || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * Ranks the candidate window at `asOf`: recency × engagement × affinity, then each author's k-th
 * best post is multiplied by diversity^k so that one prolific author cannot fill a page. The result
 * depends only on the candidates and `asOf` (never on their input order), which is what lets every
 * page of a TOP feed re-rank the window and continue exactly where the previous page stopped.
 */
export const rankFeed = (candidates: readonly FeedCandidate[], asOf: Date, p: FeedRankingParameters = FEED_RANKING): RankedPost[] => {
  const now = asOf.getTime();
  const base = candidates
    .map((c) => {
      const recency = recencyFactor(now - c.createdAtMs, p);
      const engagement = engagementFactor(c.engagement, c.kind, p);
      const affinity = affinityFactor(c.author, c.space, p);
      return { id: c.id, authorId: c.authorId, score: recency * engagement * affinity, recency, engagement, affinity };
    })
    .sort(before);
  const seen = new Map<string, number>();
  // Fields copied one by one: an object rest/spread here cost ~2 ms per 500-post window (ADR 0004, "Cost").
  return base
    .map(({ id, authorId, score, recency, engagement, affinity }) => {
      const k = seen.get(authorId) ?? 0;
      seen.set(authorId, k + 1);
      const diversity = p.diversity ** k;
      return { id, recency, engagement, affinity, score: score * diversity, diversity };
    })
    .sort(before);
};

/** The part of a ranking strictly after `position` (all of it when there is none). */
export const rankedAfter = (ranked: readonly RankedPost[], position: RankPosition | null): RankedPost[] =>
  position ? ranked.filter((post) => before(post, position) > 0) : [...ranked];
