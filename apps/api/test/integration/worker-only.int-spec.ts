import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { InboxService } from '../../src/inbound/inbox.service.js';
import { createTestConnector, waitForInbound } from '../factories/connectors.js';
import { startTestApp, type TestApp } from '../test-app.js';
import { databaseUrl } from '../test-database.js';

/*
 * WORKER_ONLY=1: a process with no HTTP or SMTP listener that consumes the inbox queue of the
 * API's database. The API here runs with QUEUE_WORKERS=false, so only the worker can process.
 */

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/main.js');
const issueOpened = readFileSync(new URL('../../../../fixtures/github/issues.opened.json', import.meta.url));

let app: TestApp;
let worker: ChildProcess | undefined;

beforeAll(async () => {
  app = await startTestApp({ env: { QUEUE_WORKERS: 'false' } });
});
afterAll(async () => {
  worker?.kill('SIGTERM');
  await app.close();
});

describe('WORKER_ONLY process', () => {
  it('refuses to start without DATABASE_URL, saying why', async () => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, WORKER_ONLY: '1', DATABASE_URL: '', NODE_OPTIONS: '' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(1);
    expect(stderr).toContain('WORKER_ONLY');
    expect(stderr).toContain('DATABASE_URL');
  });

  it('processes what the API accepted while the API itself consumes nothing', async () => {
    const space = await app.f.space({ kind: 'PROJECT' });
    const connector = await createTestConnector(app, {
      kind: 'GITHUB',
      routes: [{ key: 'github:Codertocat/Hello-World', spaceId: space.id }],
    });
    const inbox = app.server.app.get(InboxService);
    const [accepted] = await inbox.accept([
      { connectorId: connector.id, source: 'GITHUB', externalId: randomUUID(), headers: { 'x-github-event': 'issues' }, raw: issueOpened },
    ]);
    // Nothing consumes the queue yet.
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await waitForInbound(app, accepted!.id, ['RECEIVED'])).status).toBe('RECEIVED');

    worker = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        WORKER_ONLY: '1',
        DATABASE_URL: databaseUrl(app.database),
        SEED_DEMO: 'false',
        LOG_LEVEL: 'error',
        NODE_OPTIONS: '',
      },
      stdio: 'ignore',
    });
    const done = await waitForInbound(app, accepted!.id, ['PROCESSED', 'FAILED'], 30_000);
    expect(done).toMatchObject({ status: 'PROCESSED', spaceId: space.id });
  });
});
