import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

import { ensureDatasetM } from './dataset/load.js';
import { writePerformanceDoc } from './lib/report.js';
import { dataset } from './scenarios/dataset.js';
import { feed } from './scenarios/feed.js';
import { ingest } from './scenarios/ingest.js';
import { realtime } from './scenarios/realtime.js';
import { search } from './scenarios/search.js';
import { startup } from './scenarios/startup.js';

/*
 * `npm run bench`: runs every scenario (or those named as arguments: `npm run bench -- feed`),
 * writes the raw results to bench/results/<scenario>.json and the summary tables to
 * docs/PERFORMANCE.md. Dataset M is loaded on first use and kept (BENCH_RELOAD=1 reloads it);
 * the API is built first (BENCH_NO_BUILD=1 skips that).
 */

const SCENARIOS = { dataset, feed, search, realtime, ingest, startup };
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SCENARIOS);
for (const name of chosen) {
  if (!SCENARIOS[name]) throw new Error(`Unknown scenario "${name}"; known: ${Object.keys(SCENARIOS).join(', ')}`);
}
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no']).toString().trim() ? '+changes' : '';
mkdirSync('bench/results', { recursive: true });

if (process.env.BENCH_NO_BUILD !== '1' && chosen.some((name) => name !== 'startup')) {
  execFileSync('npm', ['run', 'build', '--silent', '-w', '@chantier/domain'], { stdio: 'inherit' });
  execFileSync('npm', ['run', 'build', '--silent', '-w', '@chantier/api'], { stdio: 'inherit' });
}

// One dataset M database for every scenario of this run, started on first use.
let opened;
const context = { dataset: () => (opened ??= ensureDatasetM()) };
const failed = [];
try {
  for (const name of chosen) {
    console.log(`bench: ${name}…`);
    const began = performance.now();
    const loadBefore = loadavg()[0];
    try {
      const result = {
        scenario: name,
        commit: `${commit}${dirty}`,
        date: new Date().toISOString(),
        command: `npm run bench -- ${name}`,
        ...(await SCENARIOS[name](context)),
        benchSeconds: Math.round((performance.now() - began) / 1000),
      };
      // The machine is shared: how busy it was says how much to trust absolute figures.
      result.machine = { cpus: cpus().length, loadBefore, loadAfter: loadavg()[0] };
      writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
      console.log(`bench: ${name} done in ${result.benchSeconds} s`);
    } catch (error) {
      // One broken scenario must not cost the others' figures; the run still fails at the end.
      console.error(`bench: ${name} failed:`, error);
      failed.push(name);
    }
  }
} finally {
  if (opened)
    await opened.then(
      (db) => db.stop(),
      () => {},
    );
}
await writePerformanceDoc();
if (failed.length) {
  console.error(`bench: failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
