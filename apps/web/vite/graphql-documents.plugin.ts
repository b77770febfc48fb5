import { readFileSync } from 'node:fs';

import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`...`)` call with a direct import of its generated document.
 *
 * Why: the client preset's runtime `graphql()` looks documents up in one map that references
 * every document of the app, so the entry chunk would carry them all. Importing the named
 * export instead lets the bundler keep each document in the lazy chunk that uses it (the same
 * idea as the preset's Babel optimiser, which Vite 8's oxc-based React plugin cannot run).
 */
export const graphqlDocuments = ({ gqlDir }: { gqlDir: string }): Plugin => {
  let bySource: Map<string, string> | undefined;

  const loadMap = (): Map<string, string> => {
    const generated = readFileSync(`${gqlDir}/gql.ts`, 'utf8');
    const map = new Map<string, string>();
    // Lines look like: `    "query Me { ... }": types.MeDocument,` inside `const documents = {`.
    const entry = /^\s*("(?:[^"\\]|\\.)*"): typeof types\.(\w+)|^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm;
    for (const match of generated.matchAll(entry)) {
      const literal = match[1] ?? match[3];
      const name = match[2] ?? match[4];
      if (literal && name) map.set(JSON.parse(literal) as string, name);
    }
    return map;
  };

  return {
    name: 'chantier:graphql-documents',
    enforce: 'pre',
    buildStart() {
      bySource = loadMap();
      this.addWatchFile(`${gqlDir}/gql.ts`);
    },
    watchChange(id) {
      if (id.endsWith('/gql/gql.ts')) bySource = loadMap();
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const map = bySource ?? loadMap();
      const used = new Set<string>();
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, source: string) => {
        const name = map.get(source);
        if (!name) return call; // not generated yet: keep the runtime lookup (it warns in dev)
        used.add(name);
        // Keep the line count so source maps of the rest of the file stay right.
        const lines = call.split('\n').length - 1;
        return lines > 0 ? `__gql_${name}/*${'\n'.repeat(lines)}*/` : `__gql_${name}`;
      });
      if (used.size === 0) return null;
      const imports = [...used]
        .map((name) => `import { ${name} as __gql_${name} } from ${JSON.stringify(`${gqlDir}/graphql.ts`)};`)
        .join(' ');
      return { code: `${imports} ${out}`, map: null };
    },
  };
};
