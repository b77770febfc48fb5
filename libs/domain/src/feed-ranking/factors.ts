import type { PostKind } from '../validation/index.js';
import { FEED_RANKING, type FeedRankingParameters } from './parameters.js';

/*
 * The three factors of a post's TOP score (docs/adr/0004-feed-ranking.md):
 *   score = recency × engagement × affinity   (then the diversity rule in rank-feed.ts)
 * Each takes facts counted before the ranking's `asOf`, so the same facts always give the same score.
 */

/** Engagement a post received from people other than its author (humans only), before `asOf`. */
export interface EngagementFacts {
  /** Distinct people who reacted to the post itself. */
  readonly reactors: number;
  /** Comments and replies in the thread. */
  readonly comments: number;
  /** Distinct people who commented or replied. */
  readonly commenters: number;
}

/** The viewer's own acts towards a post's author over the affinity lookback, before `asOf`. */
export interface AuthorAffinityFacts {
  /** The author is the viewer: no self-affinity, their own posts rise on engagement alone. */
  readonly isViewer: boolean;
  /** Comments and replies the viewer wrote on this author's posts and comments. */
  readonly comments: number;
  /** Times the viewer mentioned this author. */
  readonly mentions: number;
  /** Reactions the viewer gave to this author's posts and comments. */
  readonly reactions: number;
  /** The viewer follows this author. */
  readonly follows: boolean;
}

/** The viewer's own acts in a post's space over the affinity lookback, before `asOf`. */
export interface SpaceAffinityFacts {
  /** The company-wide stream rather than a space: everyone belongs to it. */
  readonly companyStream: boolean;
  readonly posts: number;
  readonly comments: number;
  readonly reactions: number;
  /** The viewer is a member of the space. */
  readonly member: boolean;
  /** The viewer follows the space. */
  readonly follows: boolean;
}

const HOUR_MS = 3_600_000;

/** Exponential decay on age: 1 for a post made at `asOf`, ½ one half-life later; a post from the future counts as new. */
export const recencyFactor = (ageMs: number, p: FeedRankingParameters = FEED_RANKING): number =>
  2 ** (-Math.max(0, ageMs) / HOUR_MS / p.halfLifeHours);

/** The weighted engagement signal before damping: distinct commenters weigh most, then reactors, then extra comments. */
export const engagementSignal = (e: EngagementFacts, p: FeedRankingParameters = FEED_RANKING): number => {
  const commenters = Math.max(0, e.commenters);
  const extraComments = Math.max(0, e.comments - commenters);
  return p.engagement.commenter * commenters + p.engagement.extraComment * extraComments + p.engagement.reactor * Math.max(0, e.reactors);
};

/** 1 + ln(1 + signal), so the tenth reaction adds less than the first; × the boost for an unanswered QUESTION. */
export const engagementFactor = (e: EngagementFacts, kind: PostKind, p: FeedRankingParameters = FEED_RANKING): number => {
  const damped = 1 + Math.log1p(engagementSignal(e, p));
  return kind === 'QUESTION' && e.commenters <= 0 ? damped * p.engagement.unansweredQuestionBoost : damped;
};

/** Maps an interaction strength (≥ 0) to a closeness in [0, 1): 1 − e^(−strength / saturation). */
export const closeness = (strength: number, p: FeedRankingParameters = FEED_RANKING): number =>
  1 - Math.exp(-Math.max(0, strength) / p.affinity.saturation);

/** How strongly the viewer's own acts tie them to an author (0 for the viewer themself). */
export const authorStrength = (a: AuthorAffinityFacts, p: FeedRankingParameters = FEED_RANKING): number => {
  if (a.isViewer) return 0;
  const w = p.affinity.author;
  return w.comment * a.comments + w.mention * a.mentions + w.reaction * a.reactions + (a.follows ? w.follow : 0);
};

/** How strongly the viewer's own acts tie them to a space; the company stream counts as a space everyone is in. */
export const spaceStrength = (s: SpaceAffinityFacts, p: FeedRankingParameters = FEED_RANKING): number => {
  const w = p.affinity.space;
  const member = s.member || s.companyStream;
  return w.post * s.posts + w.comment * s.comments + w.reaction * s.reactions + (member ? w.member : 0) + (s.follows ? w.follow : 0);
};

/** floor + (1 − floor) × (authorShare × closeness(author) + spaceShare × closeness(space)), in [floor, 1). */
export const affinityFactor = (author: AuthorAffinityFacts, space: SpaceAffinityFacts, p: FeedRankingParameters = FEED_RANKING): number => {
  const { floor, authorShare, spaceShare } = p.affinity;
  return floor + (1 - floor) * (authorShare * closeness(authorStrength(author, p), p) + spaceShare * closeness(spaceStrength(space, p), p));
};
