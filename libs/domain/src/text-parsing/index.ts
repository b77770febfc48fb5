export * from './render-markdown.js';
