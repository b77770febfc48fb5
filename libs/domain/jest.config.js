import { basePreset } from '../../jest.preset.js';

export default { ...basePreset, displayName: 'domain', roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] };
