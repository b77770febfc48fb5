export * from './access-policy/index.js';
export * from './errors/index.js';
export * from './pagination/index.js';
export * from './text-parsing/index.js';
export * from './validation/index.js';
