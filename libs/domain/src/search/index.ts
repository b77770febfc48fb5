export * from './search-query.js';
export * from './search-ranking.js';
export * from './search-snippet.js';
