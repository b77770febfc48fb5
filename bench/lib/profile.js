import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { API_MAIN } from './api.js';
import { closedLoop } from './load.js';
import { freePort, sleep, spawnUntilHealthy, stop } from './process.js';
import { packageOf } from './profile-packages.js';

const HOOK = new URL('./profile-hook.js', import.meta.url).pathname;

/*
 * Where the API's CPU goes under a load: a second API process (with profile-hook.js preloaded)
 * warmed up, then profiled while driven for a few seconds; the profile is summed by self time
 * per function and per package. Kept out of the measured runs (profiling slows the process).
 */

const where = (url) => packageOf(url, '(native, GC, idle)');

/** Native frames are attributed to the nearest JavaScript caller's package (crypto's `init` → node internals). */
const summarise = (profile) => {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((child) => [child, n.id])));
  const ancestry = (id) => {
    const chain = [];
    for (let at = id; at !== undefined; at = parents.get(at)) chain.push(nodes.get(at).callFrame);
    return chain;
  };
  const functions = new Map();
  const packages = new Map();
  const within = new Map(); // time spent inside (inclusive) functions worth naming in the notes
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const chain = ancestry(id);
    const { functionName, url, lineNumber } = chain[0];
    // The profiler's own stop and idle time are not the API's work.
    if (functionName === '(idle)' || chain.some((f) => f.url.includes('profile-hook'))) return;
    total += us;
    const fn = `${functionName || '(anonymous)'} (${url ? `${where(url)}:${lineNumber + 1}` : 'native'})`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
    const caller = chain.find((f) => f.url);
    const pkg = caller ? where(caller.url) : functionName;
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    for (const name of new Set(chain.map((f) => f.functionName))) {
      if (['createPublicKey', 'processGraphQLRequest', 'execute', 'parse', 'validate'].includes(name))
        within.set(name, (within.get(name) ?? 0) + us);
    }
  });
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, share: us / total }));
  return {
    functions: top(functions, 10),
    packages: top(packages, 10),
    inclusive: Object.fromEntries(top(within, 10).map((x) => [x.name, x.share])),
  };
};

/** Profiles one API process under `target`'s closed-loop load for `seconds`. */
export const profileApi = async ({ databaseUrl, jwtSecret, target, connections, seconds = 10 }) => {
  const dir = mkdtempSync(join(tmpdir(), 'chantier-bench-prof-'));
  const file = join(dir, 'api.cpuprofile');
  const port = await freePort();
  const { child } = await spawnUntilHealthy(process.execPath, ['--import', HOOK, API_MAIN], {
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      SMTP_PORT: String(await freePort()),
      JWT_SECRET: jwtSecret,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      DATA_DIR: dir,
      REDIS_URL: '',
      BENCH_PROFILE_FILE: file,
    },
    url: `http://127.0.0.1:${port}/health`,
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    await closedLoop({ ...target, url }, { connections, seconds: 3 });
    child.kill('SIGUSR2');
    await closedLoop({ ...target, url }, { connections, seconds });
    child.kill('SIGUSR2');
    for (let waited = 0; !existsSync(file) && waited < 10_000; waited += 50) await sleep(50);
    await sleep(200);
    const profile = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    return profile?.nodes ? summarise(profile) : null;
  } finally {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
};
