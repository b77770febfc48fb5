export * from './access-policy/index.js';
export * from './errors/index.js';
export * from './feed-ranking/index.js';
export * from './notifications/index.js';
export * from './pagination/index.js';
export * from './search/index.js';
export * from './text-parsing/index.js';
export * from './validation/index.js';
