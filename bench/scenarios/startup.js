import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort, median, rssMiB, sleep, spawnUntilHealthy, stop } from '../lib/process.js';

/*
 * Start-up (DESIGN §7): `npm start` on a fresh clone (no build outputs, no Nx cache, empty data
 * folder: build + initdb + migrations + seed) and on a restart, to the first healthy answer; the
 * API's idle RSS. Baseline in the same run: a bare Node HTTP server's time to first answer.
 */

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BUILD_OUTPUTS = ['libs/domain/dist', 'apps/api/dist', 'apps/web/dist', '.nx/cache', '.nx/workspace-data'];

const childPid = (parent) =>
  Number(
    execFileSync('pgrep', ['-P', String(parent)])
      .toString()
      .trim()
      .split('\n')[0],
  );

const npmStart = async (dataDir) => {
  const port = await freePort();
  return spawnUntilHealthy('npm', ['start', '--silent'], {
    env: { PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', NX_DAEMON: 'false' },
    url: `http://127.0.0.1:${port}/health`,
  });
};

const bareNode = async () => {
  const port = await freePort();
  const { child, seconds } = await spawnUntilHealthy(
    process.execPath,
    ['-e', `require('http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`],
    { url: `http://127.0.0.1:${port}/` },
  );
  await stop(child);
  return seconds;
};

export const startup = async () => {
  const fresh = [];
  const restart = [];
  const baseline = [];
  const rss = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'chantier-bench-start-'));
    chmodSync(dataDir, 0o755);
    for (const output of BUILD_OUTPUTS) rmSync(output, { recursive: true, force: true });
    baseline.push(await bareNode());

    const cold = await npmStart(dataDir);
    fresh.push(cold.seconds);
    await sleep(5_000); // idle
    rss.push(rssMiB(childPid(cold.child.pid)));
    await stop(cold.child);

    baseline.push(await bareNode());
    const warm = await npmStart(dataDir);
    restart.push(warm.seconds);
    await stop(warm.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    rounds: ROUNDS,
    freshSeconds: median(fresh),
    restartSeconds: median(restart),
    bareNodeSeconds: median(baseline),
    idleRssMiB: median(rss),
    samples: { fresh, restart, baseline, rss },
  };
};
