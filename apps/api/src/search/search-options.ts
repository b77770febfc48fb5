import { availableParallelism } from 'node:os';

export const SEARCH_OPTIONS = Symbol('SEARCH_OPTIONS');

export interface SearchOptions {
  /** Ranking statements this process runs at once (SEARCH_CONCURRENCY); the others wait their turn. */
  concurrency: number;
}

/**
 * One ranking statement per core, and at least two. The statement is CPU-bound in PostgreSQL:
 * more at once only time-slices them, so each takes longer and the costliest the longest
 * (docs/adr/0007-search-ranking.md, "At most one ranking statement per core").
 */
export const DEFAULT_SEARCH_CONCURRENCY = Math.max(2, availableParallelism());
