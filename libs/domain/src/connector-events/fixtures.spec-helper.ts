import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Real third-party payloads, copied with their licenses into `<repo>/fixtures` (see its README) so
// a clone alone can run every test. Walk up from this file to the repository root (the folder holding nx.json) rather than
// counting `..` so the path survives moves of this folder.
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('repository root (nx.json) not found');
    dir = parent;
  }
  return dir;
}

export const FIXTURES_DIR = resolve(repoRoot(), 'fixtures');

/** Every `.json` file of one source folder, sorted, so a new fixture without an expectation fails. */
export function fixtureFiles(source: string): string[] {
  return readdirSync(join(FIXTURES_DIR, source))
    .filter((f) => f.endsWith('.json') && f !== 'INDEX.json')
    .sort();
}

export function readFixture(source: string, file: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, source, file), 'utf8')) as unknown;
}

/** Fixtures have no delivery time; this stands in for the API's receivedAt. */
export const RECEIVED_AT = '2026-01-01T00:00:00.000Z';
