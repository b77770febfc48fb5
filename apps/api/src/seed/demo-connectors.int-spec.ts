import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { waitForInbound } from '../../test/factories/connectors.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { seedDemoConnectors } from './demo-connectors.js';
import { seedDemoOrganisation } from './demo-seed.js';

const NOW = new Date('2026-03-18T10:30:00Z');

describe('demo integrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoOrganisation(t.db, { now: NOW });
    await seedDemoConnectors(t.server.app, NOW);
  });
  afterAll(() => t.close());

  it('feeds the demo CRM deliveries through the real queue: a thread, an outcome, one unrouted and one ignored', async () => {
    const rows = (await t.db.query(`SELECT id, external_id AS "externalId" FROM inbound_event ORDER BY external_id`)) as {
      id: string;
      externalId: string;
    }[];
    expect(rows).toHaveLength(6);
    const settled = await Promise.all(rows.map((row) => waitForInbound(t, row.id)));
    expect(settled.map((row) => row.status)).toEqual(['PROCESSED', 'PROCESSED', 'PROCESSED', 'PROCESSED', 'UNROUTED', 'IGNORED']);
    // The three case events make one thread in the Vellard renewal space, its status line up to date.
    expect(new Set(settled.slice(0, 3).map((row) => row.postId)).size).toBe(1);
    const [thread] = (await t.db.query(
      `SELECT p.body, s.slug, p.comment_count AS comments FROM post p JOIN space s ON s.id = p.space_id WHERE p.id = $1`,
      [settled[0]!.postId],
    )) as { body: string; slug: string; comments: number }[];
    expect(thread).toMatchObject({ slug: 'vellard-renouvellement-2026', comments: 2 });
    expect(thread!.body).toContain('status: **En attente client**');
    const [kerval] = (await t.db.query(
      `SELECT status, outcome_value::float AS outcome FROM business_project WHERE external_key = 'crm:OPP-1187'`,
    )) as {
      status: string;
      outcome: number;
    }[];
    expect(kerval).toEqual({ status: 'LOST', outcome: 0 });
  });
});
