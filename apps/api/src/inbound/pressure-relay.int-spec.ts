import pg from 'pg';

import { eventually } from '../../test/eventually.js';
import { createTestConnector } from '../../test/factories/connectors.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import type { InboundItem } from './inbound.types.js';
import { InboxService } from './inbox.service.js';
import { parsePressureMessage, PRESSURE_CHANNEL } from './pressure-relay.js';

/*
 * Two API processes on one PostgreSQL: `front` acknowledges deliveries and runs no workers (as
 * behind a WORKER_ONLY process), `worker` runs the queue. The worker must learn the front's accept
 * rate through NOTIFY/LISTEN, yield while it is high, and forget it once the front goes quiet.
 */

let front: TestApp;
let worker: TestApp;
beforeAll(async () => {
  front = await startTestApp({ env: { QUEUE_WORKERS: 'false' }, keepDatabase: true });
  worker = await startTestApp({ database: front.database });
});
afterAll(async () => {
  await worker.close();
  await front.close();
});

const items = (connectorId: string, prefix: string, n: number): InboundItem[] =>
  Array.from({ length: n }, (_, i) => ({
    connectorId,
    source: 'GITHUB',
    externalId: `${prefix}-${i}`,
    headers: {},
    raw: Buffer.from(JSON.stringify({ n: i })),
  }));

it("the worker process counts the front's accepts as its own pressure, and forgets them when the front goes quiet", async () => {
  const connector = await createTestConnector(front, { kind: 'GITHUB' });
  const pressure = worker.server.app.get(InboxService).pressure;
  expect(pressure.busy()).toBe(false);

  await front.server.app.get(InboxService).accept(items(connector.id, 'burst', 300));

  await eventually(
    () => pressure.perSecond(),
    (n) => n >= 300,
    2_000,
  );
  expect(pressure.localPerSecond()).toBe(0);
  expect(pressure.busy()).toBe(true);
  // The front stops accepting: its last report expires within a second of its rate falling to 0.
  await eventually(
    () => pressure.perSecond(),
    (n) => n === 0,
    3_000,
  );
});

it('a process does not count its own reports twice, and ignores messages that are not reports', async () => {
  const connector = await createTestConnector(worker, { kind: 'GITHUB' });
  const inbox = worker.server.app.get(InboxService);
  const client = new pg.Client({ connectionString: (worker.db.options as { url: string }).url });
  await client.connect();
  try {
    for (const junk of ['', 'no-number', '1 2 3', 'x -5', `${'y'.repeat(80)} 5`, 'x 99999999'])
      await client.query('SELECT pg_notify($1, $2)', [PRESSURE_CHANNEL, junk]);
    await inbox.accept(items(connector.id, 'own', 40));
    await new Promise((r) => setTimeout(r, 600)); // two publishing periods
    expect(inbox.pressure.perSecond()).toBe(40);
  } finally {
    await client.end();
  }
});

it('the listener comes back after its connection is cut, and hears reports again', async () => {
  const connector = await createTestConnector(front, { kind: 'GITHUB' });
  const pressure = worker.server.app.get(InboxService).pressure;
  const [cut] = (await front.db.query(
    `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
      WHERE application_name = 'chantier-pressure' AND datname = current_database()`,
  )) as { n: number }[];
  expect(cut!.n).toBe(1);
  // Back once its new connection has run LISTEN (the last statement pg_stat_activity shows for it).
  const listening = async () =>
    (
      (await front.db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE application_name = 'chantier-pressure' AND datname = current_database() AND query LIKE 'LISTEN%' AND state = 'idle'`,
      )) as { n: number }[]
    )[0]!.n;
  await eventually(listening, (n) => n === 1, 5_000);

  await front.server.app.get(InboxService).accept(items(connector.id, 'after-cut', 300));
  await eventually(
    () => pressure.perSecond(),
    (n) => n >= 300,
    2_000,
  );
});

it.each([
  ['123-ab 250', { sender: '123-ab', perSecond: 250 }],
  ['123-ab 0', { sender: '123-ab', perSecond: 0 }],
  ['123-ab', undefined],
  ['123-ab -1', undefined],
  ['123-ab 1e9', undefined],
  [undefined, undefined],
])('parsePressureMessage(%p)', (payload, expected) => {
  expect(parsePressureMessage(payload)).toEqual(expected);
});
