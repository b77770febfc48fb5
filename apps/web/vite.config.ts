import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { graphqlDocuments } from './vite/graphql-documents.plugin.ts';

const srcDir = fileURLToPath(new URL('./src', import.meta.url));
const uiEntry = fileURLToPath(new URL('../../libs/ui/src/index.ts', import.meta.url));
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), graphqlDocuments({ gqlDir: `${srcDir}/gql` })],
  resolve: {
    // `src/...` mirrors tsconfig `paths`; the ui lib is compiled from source, never pre-built.
    alias: [
      { find: /^src\//, replacement: `${srcDir}/` },
      { find: /^@chantier\/ui$/, replacement: uiEntry },
    ],
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': apiTarget,
      '/health': apiTarget,
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Vendor groups change rarely, so browsers keep them cached across app releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|zen-observable|ts-invariant|tslib)/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
          ],
        },
      },
    },
  },
});
