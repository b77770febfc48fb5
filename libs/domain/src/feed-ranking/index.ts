export * from './factors.js';
export * from './parameters.js';
export * from './rank-feed.js';
