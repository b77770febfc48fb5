export * from './references.js';
export * from './render-markdown.js';
