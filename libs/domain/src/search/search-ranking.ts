/*
 * Search ranking (docs/adr/0007-search-ranking.md). PostgreSQL computes it, since the page order
 * and its keyset cursor depend on it; these constants and this function are its definition.
 *
 *   score = relevance × freshness
 *   relevance = ts_rank_cd(vector, query, 1|32)   cover density; /(1 + log length); r/(r+1) ∈ [0, 1)
 *   freshness = FLOOR + (1 − FLOOR) × 2^(−age in days / HALF_LIFE_DAYS)   for posts and comments
 *   freshness = 1                                                           for spaces and people
 */
export const SEARCH_RANKING = {
  /** Days after which a post's or comment's recency bonus has halved. */
  halfLifeDays: 60,
  /** The share of relevance old content always keeps, so an exact old answer still beats a vague new one. */
  floor: 0.4,
  /** ts_rank_cd normalisation: 1 (divide by 1 + log of the length) | 32 (r / (r + 1)). */
  normalization: 33,
  /**
   * At most this many newest matching readable posts (and as many comments) are ranked per search: a common word
   * costs a bounded walk instead of ranking every match, and the walk's length is proportional to this bound (on
   * dataset M at 8 concurrent searches, 200 → 100 raised searches per second by ~15 %). A page holds 20: recency
   * decides among the rest. Older matches are reached with sharper words or the `to` filter.
   */
  candidates: 100,
  /**
   * A phrase ("release plan") is looked for among the newest this many readable rows per kind that hold all its
   * words: GIN keeps no word positions, so each such row is read to check the phrase, and a phrase rarer than its
   * words would otherwise read thousands of them. Older phrase matches are reached with the `to` filter.
   */
  phraseScope: 500,
} as const;

/** The recency factor of content `ageDays` old (future dates count as new). */
export const searchFreshness = (ageDays: number): number =>
  SEARCH_RANKING.floor + (1 - SEARCH_RANKING.floor) * 2 ** (-Math.max(0, ageDays) / SEARCH_RANKING.halfLifeDays);
