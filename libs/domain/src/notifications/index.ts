export * from './notification-rules.js';
