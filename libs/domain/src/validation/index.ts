export * from './connector-secret.js';
export * from './content.js';
export * from './people.js';
export * from './project.js';
