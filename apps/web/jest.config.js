import { basePreset } from '../../jest.preset.js';

// Unit tests for the web app's plain-TypeScript modules; its screens are tested by the browser journeys in e2e/.
export default {
  ...basePreset,
  displayName: 'web',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  moduleNameMapper: { ...basePreset.moduleNameMapper, '^src/(.*)$': '<rootDir>/src/$1' },
};
