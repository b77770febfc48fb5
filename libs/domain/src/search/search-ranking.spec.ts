import { describe, expect, it } from '@jest/globals';

import { SEARCH_RANKING, searchFreshness } from './search-ranking.js';

describe('searchFreshness', () => {
  it('is 1 for content written now, and for future dates', () => {
    expect(searchFreshness(0)).toBe(1);
    expect(searchFreshness(-3)).toBe(1);
  });

  it('halves the recency bonus every half-life (worked example: 0.4 + 0.6 × ½ = 0.7 after 60 days)', () => {
    expect(searchFreshness(SEARCH_RANKING.halfLifeDays)).toBeCloseTo(0.7, 10);
    expect(searchFreshness(2 * SEARCH_RANKING.halfLifeDays)).toBeCloseTo(0.55, 10);
  });

  it('never drops below the floor, so old exact answers keep most of their relevance', () => {
    expect(searchFreshness(3_650)).toBeGreaterThanOrEqual(SEARCH_RANKING.floor);
    expect(searchFreshness(3_650)).toBeCloseTo(SEARCH_RANKING.floor, 10);
  });

  it('lets a twice-as-relevant post of 90 days beat a fresh one', () => {
    expect(2 * searchFreshness(90)).toBeGreaterThan(searchFreshness(0));
  });
});
