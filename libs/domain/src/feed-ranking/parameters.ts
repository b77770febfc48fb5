/**
 * The tunable numbers of the TOP home feed, in one place. docs/adr/0004-feed-ranking.md gives the
 * formula they plug into and the reason for each value.
 */
export interface FeedRankingParameters {
  /** Hours after which a post's recency factor has halved. */
  readonly halfLifeHours: number;
  readonly engagement: {
    /** Weight of each distinct person (not the author) who commented: a conversation partner. */
    readonly commenter: number;
    /** Weight of each further comment beyond one per commenter: long threads count, but less. */
    readonly extraComment: number;
    /** Weight of each distinct person (not the author) who reacted to the post. */
    readonly reactor: number;
    /** Multiplier for a QUESTION nobody but its author has answered yet: it needs eyes now. */
    readonly unansweredQuestionBoost: number;
  };
  readonly affinity: {
    /** The affinity of a stranger in a place the viewer never touched, as a share of the maximum (1). */
    readonly floor: number;
    /** How the part above the floor splits between the author and the space (they sum to 1). */
    readonly authorShare: number;
    readonly spaceShare: number;
    /** Interaction strength at which closeness reaches 1 − 1/e (≈ 63 %) of its maximum. */
    readonly saturation: number;
    /** The viewer's own acts towards an author, per act, and a standing follow. */
    readonly author: { readonly comment: number; readonly mention: number; readonly reaction: number; readonly follow: number };
    /** The viewer's own acts in a space, per act, and standing membership or follow. */
    readonly space: {
      readonly post: number;
      readonly comment: number;
      readonly reaction: number;
      readonly member: number;
      readonly follow: number;
    };
  };
  /** Multiplier applied once per better-ranked post of the same author: the k-th post counts diversity^k. */
  readonly diversity: number;
  /** The bounded candidate window the SQL ranks over, and how far back affinity looks. */
  readonly window: { readonly days: number; readonly maxPosts: number; readonly affinityDays: number };
}

/** The parameters the API ranks with. */
export const FEED_RANKING: FeedRankingParameters = {
  halfLifeHours: 48,
  engagement: { commenter: 3, extraComment: 0.5, reactor: 1, unansweredQuestionBoost: 2 },
  affinity: {
    floor: 0.25,
    authorShare: 0.6,
    spaceShare: 0.4,
    saturation: 6,
    author: { comment: 3, mention: 2, reaction: 1, follow: 4 },
    space: { post: 2, comment: 2, reaction: 1, member: 4, follow: 4 },
  },
  diversity: 0.5,
  window: { days: 14, maxPosts: 500, affinityDays: 30 },
};
