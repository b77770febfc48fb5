import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

import { writePerformanceDoc } from './lib/report.js';
import { startup } from './scenarios/startup.js';

/*
 * `npm run bench`: runs every scenario (or those named as arguments), writes the raw results to
 * bench/results/<scenario>.json and the summary tables to docs/PERFORMANCE.md.
 */

const SCENARIOS = { startup };
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SCENARIOS);
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
mkdirSync('bench/results', { recursive: true });

for (const name of chosen) {
  const scenario = SCENARIOS[name];
  if (!scenario) throw new Error(`Unknown scenario "${name}"; known: ${Object.keys(SCENARIOS).join(', ')}`);
  console.log(`bench: ${name}…`);
  const result = { scenario: name, commit, date: new Date().toISOString(), command: `npm run bench -- ${name}`, ...(await scenario()) };
  writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}
writePerformanceDoc();
