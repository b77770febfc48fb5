import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Helpers shared by scenarios: free ports, spawning, waiting for health, reading RSS. */

export const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Spawns a command and resolves with the seconds until `url` first answers 2xx. */
export const spawnUntilHealthy = async (command, args, { env, cwd, url, timeoutMs = 120_000 }) => {
  const began = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env }, cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  for (const deadline = Date.now() + timeoutMs; ;) {
    if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`${url} not healthy within ${timeoutMs} ms`);
    await sleep(50);
  }
  return { child, seconds: (performance.now() - began) / 1000 };
};

export const stop = (child, signal = 'SIGTERM') =>
  new Promise((done) => {
    // A child killed by a signal has exitCode null but signalCode set: it has exited all the same.
    if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
    child.once('exit', (code) => done(code));
    child.kill(signal);
  });

/** Resident set size of a process, in MiB, from /proc. */
export const rssMiB = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) / 1024;
};

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
