// Shared jest settings: native ESM, TypeScript compiled by swc with decorator metadata.
export const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export const basePreset = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.tsx?$': swcTransform },
  moduleNameMapper: {
    '^@chantier/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

// Jest loads globalSetup/globalTeardown through a CommonJS require hook that ignores
// moduleNameMapper, so their `./x.js` imports of TypeScript sources would not resolve.
// Fall back from a missing `.js` file to its `.ts` source, for those two files' imports only.
import Module from 'node:module';

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveTsSource(request, ...rest) {
  try {
    return resolveFilename.call(this, request, ...rest);
  } catch (error) {
    if (request.startsWith('.') && request.endsWith('.js')) return resolveFilename.call(this, `${request.slice(0, -3)}.ts`, ...rest);
    throw error;
  }
};
