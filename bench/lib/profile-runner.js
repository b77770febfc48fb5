import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { API_MAIN } from './api.js';
import { freePort, sleep, spawnUntilHealthy, stop } from './process.js';

const HOOK = new URL('./profile-hook.js', import.meta.url).pathname;

/** The package a profiled frame's script belongs to: an npm package, the API, the domain, or Node itself. */
export const packageOf = (url, otherLabel = '(native, GC)') => {
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.split('node_modules/').at(-1);
  if (inModules !== path)
    return inModules
      .split('/')
      .slice(0, inModules.startsWith('@') ? 2 : 1)
      .join('/');
  if (path.includes('/apps/api/')) return 'apps/api';
  if (path.includes('/libs/domain/')) return '@chantier/domain';
  return path.startsWith('node:') ? 'node internals' : otherLabel;
};

/**
 * Starts one API process with profile-hook.js preloaded on `databaseUrl`, warms it with
 * `drive(url, 3)`, profiles it while `drive(url, seconds)` runs, and returns that run's result with
 * the CPU profile (null when none was written). Kept out of measured runs: profiling slows the process.
 */
export const profileUnderLoad = async ({ databaseUrl, jwtSecret, seconds, drive, env = {} }) => {
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
      ...env,
    },
    url: `http://127.0.0.1:${port}/health`,
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    await drive(url, 3);
    child.kill('SIGUSR2');
    const load = await drive(url, seconds);
    child.kill('SIGUSR2');
    for (let waited = 0; !existsSync(file) && waited < 10_000; waited += 50) await sleep(50);
    await sleep(200);
    const profile = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    return { load, profile: profile?.nodes ? profile : null };
  } finally {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
};
