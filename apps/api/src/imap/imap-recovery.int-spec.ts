import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { startDovecot, type TestDovecot } from '../../test/dovecot.js';
import { eventually } from '../../test/eventually.js';
import { createTestConnector } from '../../test/factories/connectors.js';
import type { TestSpace, TestUser } from '../../test/factories/factories.js';
import { ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { freePort } from '../database/embedded-postgres.js';
import {
  append,
  imapSettings,
  inboxRows,
  mail,
  mailboxState,
  postsIn,
  refreshWatchers,
  settledRows,
  syncWatchers,
  watching,
  withMailbox,
} from './imap-test-kit.js';

/*
 * What IT meets in real life: a mailbox re-created under a new UIDVALIDITY, a wrong password,
 * an unreachable server, settings fixed later, a connector switched off, and mail from people
 * who may not post where the connector points.
 */

describe('IMAP connector: recovery, errors and who may post', () => {
  let dovecot: TestDovecot;
  let app: TestApp;
  let author: TestUser;
  let space: TestSpace;

  beforeAll(async () => {
    dovecot = await startDovecot();
    app = await startTestApp();
    author = await app.f.user();
    space = await app.f.space({ visibility: 'PRIVATE', members: [{ user: author }] });
  });
  afterAll(async () => {
    await app?.close();
    await dovecot?.stop();
  });

  const connector = async (mailbox: string, overrides: Record<string, unknown> = {}, spaceId = space.id) => {
    const created = await createTestConnector(app, {
      kind: 'IMAP',
      settings: imapSettings(dovecot, mailbox, overrides),
      routes: [{ key: '*', spaceId }],
    });
    await refreshWatchers(app);
    return created.id;
  };

  const healthy = async () => (await fetch(`${app.url}/health`)).status;

  it('re-reads a mailbox re-created under a new UIDVALIDITY without posting its messages again', async () => {
    await withMailbox(dovecot, (client) => client.mailboxCreate('Recreated'));
    const first = [mail({ from: author.email, subject: 'Before A' }), mail({ from: author.email, subject: 'Before B' })];
    await append(
      dovecot,
      'Recreated',
      first.map((m) => m.raw),
    );
    const id = await connector('Recreated');
    await settledRows(app, id, 2);
    const before = await mailboxState(app, id);

    // Deleted under the watcher's feet and made again: the same two messages come back with new UIDs, plus a new one.
    const later = mail({ from: author.email, subject: 'After C' });
    await withMailbox(dovecot, async (client) => {
      await client.mailboxDelete('Recreated');
      await client.mailboxCreate('Recreated');
      for (const raw of [...first.map((m) => m.raw), later.raw]) await client.append('Recreated', raw);
    });
    // IDLE does not report a re-created mailbox: the periodic resync (every 5 minutes) selects
    // it again and finds the new UIDVALIDITY; here it runs at once.
    await syncWatchers(app);
    const rows = await settledRows(app, id, 5);
    const after = await mailboxState(app, id);
    expect(after!.uidValidity).not.toBe(before!.uidValidity);
    expect(after).toMatchObject({ lastUid: 3, lastError: null });
    expect(rows.map((row) => row.externalId)).toEqual([
      `${before!.uidValidity}:1`,
      `${before!.uidValidity}:2`,
      `${after!.uidValidity}:1`,
      `${after!.uidValidity}:2`,
      `${after!.uidValidity}:3`,
    ]);
    expect(rows.slice(2).map((row) => row.status)).toEqual(['IGNORED', 'IGNORED', 'PROCESSED']);
    const subjects = (await postsIn(app, space.id)).map((post) => post.body.match(/(Before A|Before B|After C)/)?.[0]);
    expect(subjects.sort()).toEqual(['After C', 'Before A', 'Before B']);
  }, 60_000);

  it('shows a wrong password as the connector error, keeps retrying, and recovers once the settings are fixed', async () => {
    await withMailbox(dovecot, (client) => client.mailboxCreate('Locked'));
    await append(dovecot, 'Locked', [mail({ from: author.email, subject: 'Waiting behind a bad password' }).raw]);
    const id = await connector('Locked', { password: 'not-the-password' });
    const failed = await eventually(
      () => mailboxState(app, id),
      (state) => Boolean(state?.lastError),
    );
    expect(failed!.lastError).toMatch(/^authentication failed at 127\.0\.0\.1:\d+/);
    expect(failed!.lastError).not.toContain('not-the-password');
    // IT reads it on the connector, in GraphQL.
    const admin = await app.f.user({ role: 'ADMIN' });
    const shown = ok(
      await app.gql<{ connector: { mailbox: { mailbox: string; lastError: string | null } | null; settings: { password: string } } }>(
        `query($id: ID!) { connector(id: $id) { settings mailbox { mailbox lastError } } }`,
        { id },
        admin.token,
      ),
    ).connector;
    expect(shown.mailbox).toEqual({ mailbox: 'Locked', lastError: failed!.lastError });
    expect(JSON.stringify(shown)).not.toContain('not-the-password');
    // Retried with backoff (1 s, then 2 s…): the error is recorded again, and the API keeps answering.
    await eventually(
      () => mailboxState(app, id),
      (state) => state!.lastErrorAt!.getTime() > failed!.lastErrorAt!.getTime(),
    );
    expect(await healthy()).toBe(200);
    expect(watching(app)).toContain(id);
    expect(await inboxRows(app, id)).toEqual([]);

    // IT fixes the password: the watcher restarts with the new settings and catches up.
    await app.db.query(`UPDATE connector SET settings = $2 WHERE id = $1`, [id, imapSettings(dovecot, 'Locked')]);
    await refreshWatchers(app);
    const [row] = await settledRows(app, id, 1);
    expect(row).toMatchObject({ status: 'PROCESSED' });
    expect(await mailboxState(app, id)).toMatchObject({ lastError: null, lastUid: 1 });
  }, 60_000);

  it('shows an unreachable server as the connector error without stopping the API', async () => {
    const closedPort = await freePort();
    const id = await connector('INBOX', { port: closedPort });
    const state = await eventually(
      () => mailboxState(app, id),
      (s) => Boolean(s?.lastError),
    );
    expect(state!.lastError).toBe(`connection refused by 127.0.0.1:${closedPort}`);
    expect(await healthy()).toBe(200);
  }, 60_000);

  it('shows a missing mailbox and settings the watcher cannot use', async () => {
    const missing = await connector('Nowhere');
    const state = await eventually(
      () => mailboxState(app, missing),
      (s) => Boolean(s?.lastError),
    );
    expect(state!.lastError).toMatch(/^mailbox "Nowhere" does not exist at 127\.0\.0\.1:\d+/);

    // Stored without going through the admin validation (an older rule, a hand edit).
    const broken = (await createTestConnector(app, { kind: 'IMAP', settings: { user: 'x', password: 'y', port: 'imap' } })).id;
    await refreshWatchers(app);
    expect(await mailboxState(app, broken)).toMatchObject({ lastError: 'invalid IMAP settings: host, port' });
    expect(watching(app)).not.toContain(broken);
  }, 60_000);

  it('stops watching a connector switched off', async () => {
    const id = await connector('INBOX');
    expect(watching(app)).toContain(id);
    await app.db.query(`UPDATE connector SET active = false WHERE id = $1`, [id]);
    await refreshWatchers(app);
    expect(watching(app)).not.toContain(id);
  }, 60_000);

  it('ignores, with the reason, mail from a stranger or from an employee who may not post in the space', async () => {
    await withMailbox(dovecot, (client) => client.mailboxCreate('Gatekeeper'));
    const outsider = await app.f.user();
    await append(dovecot, 'Gatekeeper', [
      mail({ from: 'stranger@elsewhere.example', subject: 'From outside' }).raw,
      mail({ from: outsider.email, subject: 'From a non-member' }).raw,
    ]);
    const id = await connector('Gatekeeper');
    const rows = await settledRows(app, id, 2);
    expect(rows.map((row) => row.status)).toEqual(['IGNORED', 'IGNORED']);
    expect(rows[0]!.reason).toMatch(/stranger@elsewhere\.example is not an active employee/);
    expect(rows[1]!.reason).toMatch(/NOT_A_MEMBER/);
    const bodies = (await postsIn(app, space.id)).map((post) => post.body).join('\n');
    expect(bodies).not.toMatch(/From outside|From a non-member/);
  }, 60_000);
});
