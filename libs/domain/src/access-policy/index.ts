export * from './access-policy.js';
export * from './readable-scope.js';
export * from './realtime-rooms.js';
export * from './types.js';
