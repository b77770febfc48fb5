import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';

import { freePort } from '../../src/database/embedded-postgres.js';

/*
 * The process lifecycle of `npm start` without DATABASE_URL: the built API starts its embedded
 * PostgreSQL, stops it on SIGTERM and Ctrl-C (SIGINT), reuses the data on the next start, and
 * recovers from a SIGKILL that left the postgres child behind.
 */

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/main.js');

interface Started {
  child: ChildProcess;
  url: string;
  seconds: number;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start lifecycle (embedded PostgreSQL)', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'chantier-lifecycle-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const start = async (): Promise<Started> => {
    const port = await freePort();
    const began = performance.now();
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        PORT: String(port),
        // Its own mail port too: another test's API may hold the default 2525.
        SMTP_PORT: String(await freePort()),
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'error',
        NODE_OPTIONS: '',
      },
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}`;
    for (const deadline = Date.now() + 30_000; ;) {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
      if (
        await fetch(`${url}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (Date.now() > deadline) throw new Error('not healthy within 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    return { child, url, seconds: (performance.now() - began) / 1000 };
  };

  const stop = (child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> =>
    new Promise((done) => {
      child.once('exit', (code) => done(code));
      child.kill(signal);
    });

  const postgresPid = async (): Promise<number> => Number((await readFile(join(dataDir, 'pg/postmaster.pid'), 'utf8')).split('\n')[0]);

  const sql = async (query: string, params: unknown[] = []) => {
    const lines = (await readFile(join(dataDir, 'pg/postmaster.pid'), 'utf8')).split('\n');
    const { postgresPassword } = JSON.parse(await readFile(join(dataDir, 'secrets.json'), 'utf8')) as { postgresPassword: string };
    const client = new pg.Client({
      host: '127.0.0.1',
      port: Number(lines[3]),
      user: 'postgres',
      password: postgresPassword,
      database: 'chantier',
    });
    await client.connect();
    try {
      return (await client.query(query, params)).rows;
    } finally {
      await client.end();
    }
  };

  it('stops its PostgreSQL on SIGTERM and reuses the data on the next start', async () => {
    const first = await start();
    await sql(`INSERT INTO department (name) VALUES ('Kept across restarts')`);
    const pid = await postgresPid();
    expect(await stop(first.child, 'SIGTERM')).toBe(0);
    expect(alive(pid)).toBe(false);

    const second = await start();
    expect(await sql(`SELECT name FROM department`)).toEqual([{ name: 'Kept across restarts' }]);
    const pid2 = await postgresPid();
    expect(await stop(second.child, 'SIGINT')).toBe(0);
    expect(alive(pid2)).toBe(false);
  });

  it('recovers when a SIGKILL left the old postgres running', async () => {
    const first = await start();
    const orphan = await postgresPid();
    await stop(first.child, 'SIGKILL');
    expect(alive(orphan)).toBe(true);

    const second = await start();
    expect(alive(orphan)).toBe(false);
    const pid = await postgresPid();
    expect(await stop(second.child, 'SIGTERM')).toBe(0);
    expect(alive(pid)).toBe(false);
  });
});
