import { createTestConnector } from '../../test/factories/connectors.js';
import { recordQueries } from '../../test/sql-query-counter.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import type { InboundItem } from './inbound.types.js';
import { InboxService } from './inbox.service.js';

/*
 * InboxService.accept on a real PostgreSQL, many callers at once: single deliveries are grouped
 * into shared statements (group commit), so this proves what grouping must not change — one row
 * and one job per distinct delivery, a redelivery answered with the first row's id, a bad item
 * failing alone.
 */

let app: TestApp;
let inbox: InboxService;
beforeAll(async () => {
  // No workers: the jobs stay queued where the test can count them.
  app = await startTestApp({ env: { QUEUE_WORKERS: 'false' } });
  inbox = app.server.app.get(InboxService);
});
afterAll(() => app.close());

const item = (connectorId: string, externalId: string, source: InboundItem['source'] = 'GITHUB'): InboundItem => ({
  connectorId,
  source,
  externalId,
  headers: { 'x-github-delivery': externalId },
  raw: Buffer.from(JSON.stringify({ delivery: externalId })),
});

/** Runs `action`, counting the statements that inserted inbox rows meanwhile. */
const insertStatements = async <T>(action: () => Promise<T>): Promise<[T, number]> => {
  const [result, texts] = await recordQueries(action);
  return [result, texts.filter((text) => text.includes('INSERT INTO inbound_event')).length];
};

const counts = async (connectorId: string) => {
  const [row] = (await app.db.query(
    `SELECT count(*)::int AS rows, count(DISTINCT external_id)::int AS distinct_ids,
            (SELECT count(*)::int FROM pgboss.job j WHERE j.name = 'inbound-event' AND (j.data->>'id')::uuid IN
              (SELECT id FROM inbound_event WHERE connector_id = $1)) AS jobs
       FROM inbound_event WHERE connector_id = $1`,
    [connectorId],
  )) as { rows: number; distinct_ids: number; jobs: number }[];
  return row;
};

describe('accepting deliveries from many senders at once', () => {
  it('stores each distinct delivery once with one job, and answers every redelivery with the first id', async () => {
    const github = await createTestConnector(app, { kind: 'GITHUB' });
    // 60 callers at once: 40 distinct deliveries, 20 of them sent twice in the same burst.
    const ids = Array.from({ length: 40 }, (_, n) => `burst-${n}`);
    const sent = [...ids, ...ids.slice(0, 20)];
    const [answers, statements] = await insertStatements(() => Promise.all(sent.map((id) => inbox.accept([item(github.id, id)]))));
    // Grouped: far fewer statements than deliveries (two in flight, the rest waiting together).
    expect(statements).toBeLessThan(10);

    const byDelivery = new Map<string, Set<string>>();
    sent.forEach((id, n) => byDelivery.set(id, new Set([...(byDelivery.get(id) ?? []), answers[n]![0]!.id])));
    expect([...byDelivery.values()].every((rowIds) => rowIds.size === 1)).toBe(true);
    expect(answers.flat().filter((answer) => !answer.duplicate)).toHaveLength(40);
    expect(await counts(github.id)).toEqual({ rows: 40, distinct_ids: 40, jobs: 40 });

    // Sent again later: nothing new, the same ids.
    const again = await Promise.all(ids.slice(0, 5).map((id) => inbox.accept([item(github.id, id)])));
    expect(again.map(([answer]) => answer)).toEqual(ids.slice(0, 5).map((id) => ({ id: [...byDelivery.get(id)!][0], duplicate: true })));
    expect(await counts(github.id)).toEqual({ rows: 40, distinct_ids: 40, jobs: 40 });
  });

  it('fails only the item the database refuses when it shares a statement with good ones', async () => {
    const github = await createTestConnector(app, { kind: 'GITHUB' });
    const good = Array.from({ length: 12 }, (_, n) => item(github.id, `good-${n}`));
    // An external id over 500 characters breaks the table's CHECK: the whole group statement fails.
    const bad = item(github.id, 'x'.repeat(501));
    const results = await Promise.allSettled([...good.slice(0, 6), bad, ...good.slice(6)].map((one) => inbox.accept([one])));

    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(1);
    expect(results[6]).toMatchObject({ status: 'rejected' });
    expect(await counts(github.id)).toEqual({ rows: 12, distinct_ids: 12, jobs: 12 });
  });

  it('stores a batch (one CloudEvents delivery) all together, repeats inside it once', async () => {
    const generic = await createTestConnector(app, { kind: 'GENERIC' });
    const batch = ['ce:a', 'ce:b', 'ce:a', 'ce:c'].map((id) => item(generic.id, id, 'GENERIC'));
    const answers = await inbox.accept(batch);
    expect(answers.map((answer) => answer.duplicate)).toEqual([false, false, true, false]);
    expect(answers[2]!.id).toBe(answers[0]!.id);
    expect(await counts(generic.id)).toEqual({ rows: 3, distinct_ids: 3, jobs: 3 });
  });
});
