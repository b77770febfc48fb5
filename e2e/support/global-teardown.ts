import type { ChildProcess } from 'node:child_process';

/** Stops the server with SIGTERM, as an operator would, and waits for it (and its PostgreSQL) to exit. */
export default async function globalTeardown(): Promise<void> {
  const child = (globalThis as { __chantierServer?: ChildProcess }).__chantierServer;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timeout);
}
