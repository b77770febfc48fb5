import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';

import { freePort } from '../../src/database/embedded-postgres.js';
import { signedHeaders } from '../hook-signing.js';
import { createDatabaseFromTemplate, dropDatabase } from '../test-database.js';

/*
 * Proof of "nothing lost, nothing duplicated" (issue 5): 8 concurrent senders deliver N distinct
 * signed GitHub `issues`/opened deliveries to the built API running as a real child process,
 * each retrying on any non-2xx or connection error with the same delivery id and body, as GitHub
 * redelivery does. The API is SIGKILLed when about a third are acknowledged and restarted on the
 * same database and port; once every delivery got a 2xx and the queue has drained, there are
 * exactly N inbox rows and exactly N posts by the connector — one per delivery, each once.
 * WEBHOOK_KILL_N overrides N (CI runs the default).
 */

const N = Number(process.env.WEBHOOK_KILL_N ?? 300);
const SENDERS = 8;
const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/main.js');
const FIXTURE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/github/issues.opened.json');
const REPO = 'Codertocat/Hello-World';
const START_MS = 45_000;

interface Api {
  child: ChildProcess;
  output: string[];
}

interface Delivery {
  id: string;
  body: string;
  number: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('webhook ingestion across a SIGKILL of the API', () => {
  const database = `t_kill_${randomBytes(6).toString('hex')}`;
  const secret = randomBytes(20).toString('hex');
  let dataDir: string;
  let db: pg.Pool;
  let port: number;
  let api: Api | undefined;
  let connectorId: string;
  let botUserId: string;
  let spaceId: string;

  const env = (databaseUrl: string) => ({
    ...process.env,
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    NODE_ENV: 'test',
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    NODE_OPTIONS: '',
  });
  let apiEnv: NodeJS.ProcessEnv;

  const startApi = async (): Promise<Api> => {
    // A port of its own for SMTP on every start: the listener must not collide with other test files.
    const child = spawn(process.execPath, [MAIN], {
      env: { ...apiEnv, SMTP_PORT: String(await freePort()) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started: Api = { child, output: [] };
    for (const stream of [child.stdout, child.stderr])
      stream?.on('data', (chunk: Buffer) => {
        started.output.push(...chunk.toString().split('\n').filter(Boolean));
        started.output.splice(0, Math.max(0, started.output.length - 40));
      });
    for (const deadline = Date.now() + START_MS; ;) {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${started.output.join('\n')}`);
      if (
        await fetch(`http://127.0.0.1:${port}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return started;
      if (Date.now() > deadline) throw new Error(`the API was not healthy within ${START_MS / 1000} s:\n${started.output.join('\n')}`);
      await sleep(50);
    }
  };

  const kill = (child: ChildProcess, signal: NodeJS.Signals): Promise<void> =>
    new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill(signal);
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'chantier-kill-'));
    port = await freePort();
    const databaseUrl = await createDatabaseFromTemplate(database);
    apiEnv = env(databaseUrl);
    db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    // The connector as ConnectorsRepository.create makes it: a service account posts for it.
    const tag = randomBytes(4).toString('hex');
    ({ id: botUserId } = (
      await db.query(
        `INSERT INTO app_user (email, handle, display_name, password_hash, kind)
         VALUES ($1, $2, 'GitHub (kill test)', '!', 'service') RETURNING id`,
        [`github-${tag}@connectors.invalid`, `github-${tag}`],
      )
    ).rows[0] as { id: string });
    ({ id: spaceId } = (
      await db.query(`INSERT INTO space (slug, name, kind, visibility) VALUES ($1, 'Hello World', 'PROJECT', 'PUBLIC') RETURNING id`, [
        `hello-${tag}`,
      ])
    ).rows[0] as { id: string });
    ({ id: connectorId } = (
      await db.query(`INSERT INTO connector (kind, name, secret, bot_user_id) VALUES ('GITHUB', 'GitHub', $1, $2) RETURNING id`, [
        secret,
        botUserId,
      ])
    ).rows[0] as { id: string });
    await db.query(`INSERT INTO connector_route (connector_id, key, space_id) VALUES ($1, $2, $3)`, [
      connectorId,
      `github:${REPO}`,
      spaceId,
    ]);
    api = await startApi();
  }, 60_000);

  afterAll(async () => {
    if (api) await kill(api.child, 'SIGKILL');
    await db?.end();
    await dropDatabase(database);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 30_000);

  /** N distinct `issues`/opened deliveries: distinct issue numbers, so each makes exactly one post. */
  const deliveries = async (): Promise<Delivery[]> => {
    const fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as { issue: Record<string, unknown> };
    return Array.from({ length: N }, (_, i) => {
      const number = 1_000 + i;
      const payload = {
        ...fixture,
        issue: {
          ...fixture.issue,
          id: 900_000_000 + i,
          number,
          title: `Kill test issue ${number}`,
          body: `Delivery ${i} of ${N}.`,
          html_url: `https://github.com/${REPO}/issues/${number}`,
        },
      };
      return { id: randomUUID(), body: JSON.stringify(payload), number };
    });
  };

  it(`acknowledges ${N} deliveries once each across a SIGKILL and turns each into exactly one post`, async () => {
    const all = await deliveries();
    const acked = new Set<string>();
    const ackStatuses = new Map<number, number>();
    let inFlight = 0;
    let inFlightAtKill = -1;
    let failedAfterKill = 0;
    let killed: Promise<void> | undefined;
    const firstFailure: string[] = [];

    const send = async (delivery: Delivery): Promise<void> => {
      // The same id, body and signature on every redelivery, as GitHub sends them.
      const headers = {
        ...signedHeaders('GITHUB', secret, delivery.body, { event: 'issues', deliveryId: delivery.id }),
        'user-agent': 'GitHub-Hookshot/kill-test',
      };
      for (let attempt = 1; ; attempt += 1) {
        inFlight += 1;
        let status = 0;
        try {
          const response = await fetch(`http://127.0.0.1:${port}/hooks/${connectorId}`, {
            method: 'POST',
            headers,
            body: delivery.body,
            signal: AbortSignal.timeout(15_000),
          });
          status = response.status;
          if (!response.ok && firstFailure.length < 3) firstFailure.push(`${status} ${(await response.text()).slice(0, 200)}`);
          else await response.arrayBuffer();
        } catch {
          status = 0; // connection refused, reset by the kill, or timed out
        } finally {
          inFlight -= 1;
        }
        if (status >= 200 && status < 300) {
          acked.add(delivery.id);
          ackStatuses.set(status, (ackStatuses.get(status) ?? 0) + 1);
          // Kill from here, so the other senders are mid-request when it happens.
          if (!killed && acked.size >= Math.floor(N / 3)) {
            inFlightAtKill = inFlight;
            killed = kill(api!.child, 'SIGKILL').then(async () => {
              api = await startApi();
            });
          }
          return;
        }
        if (killed) failedAfterKill += 1;
        if (attempt > 2_000) throw new Error(`delivery ${delivery.id} never acknowledged; last status ${status}`);
        await sleep(20 + Math.random() * 80); // a short redelivery backoff
      }
    };

    let next = 0;
    await Promise.all(
      Array.from({ length: SENDERS }, async () => {
        while (next < all.length) await send(all[next++]!);
      }),
    );
    await killed;
    const ackedAt = performance.now();

    expect(acked.size).toBe(N);
    // The kill happened mid-stream: requests were cut or refused and retried.
    expect(inFlightAtKill).toBeGreaterThanOrEqual(0);
    expect(inFlightAtKill + failedAfterKill).toBeGreaterThan(0);

    // Drain: every row processed (a FAILED row is retried by the queue, so only PROCESSED ends the wait).
    // Jobs the killed process held are retried once they expire (INBOUND_QUEUE.expireInSeconds).
    let statuses: Record<string, number> = {};
    for (const deadline = Date.now() + 150_000; ;) {
      const { rows } = await db.query<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM inbound_event WHERE connector_id = $1 GROUP BY status`,
        [connectorId],
      );
      statuses = Object.fromEntries(rows.map((r) => [r.status, r.n]));
      if ((statuses.PROCESSED ?? 0) >= N) break;
      if (Date.now() > deadline) {
        const errors = await db.query(
          `SELECT status, error, reason FROM inbound_event WHERE connector_id = $1 AND status <> 'PROCESSED' LIMIT 3`,
          [connectorId],
        );
        throw new Error(`queue not drained within 150 s: ${JSON.stringify(statuses)}; e.g. ${JSON.stringify(errors.rows)}`);
      }
      await sleep(250);
    }
    const drainSeconds = (performance.now() - ackedAt) / 1000;

    const [inbox] = (
      await db.query(
        `SELECT count(*)::int AS rows, count(DISTINCT external_id)::int AS external_ids,
                count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
                count(DISTINCT post_id)::int AS posts, count(post_id)::int AS with_post,
                count(DISTINCT comment_id)::int AS comments
         FROM inbound_event WHERE connector_id = $1`,
        [connectorId],
      )
    ).rows as { rows: number; external_ids: number; failed: number; posts: number; with_post: number; comments: number }[];
    const [made] = (
      await db.query(
        `SELECT (SELECT count(*)::int FROM post WHERE author_id = $1) AS posts,
                (SELECT count(*)::int FROM post WHERE author_id = $1 AND space_id = $2) AS in_space,
                (SELECT count(*)::int FROM comment WHERE author_id = $1) AS comments`,
        [botUserId, spaceId],
      )
    ).rows as { posts: number; in_space: number; comments: number }[];
    const { rows: ids } = await db.query<{ external_id: string }>(`SELECT external_id FROM inbound_event WHERE connector_id = $1`, [
      connectorId,
    ]);

    console.log(
      `webhook kill test: N=${N}, drained ${drainSeconds.toFixed(1)} s after the last ack, in flight at kill ${inFlightAtKill}, failed attempts after kill ${failedAfterKill}, ` +
        `acks by status ${JSON.stringify(Object.fromEntries(ackStatuses))}, first non-2xx ${JSON.stringify(firstFailure)}, inbox ${JSON.stringify(inbox)}, made ${JSON.stringify(made)}`,
    );
    expect(inbox).toEqual({ rows: N, external_ids: N, failed: 0, posts: N, with_post: N, comments: 0 });
    expect(new Set(ids.map((r) => r.external_id))).toEqual(new Set(all.map((d) => d.id)));
    expect(made).toEqual({ posts: N, in_space: N, comments: 0 });
    expect(statuses).toEqual({ PROCESSED: N });
  }, 240_000);
});
