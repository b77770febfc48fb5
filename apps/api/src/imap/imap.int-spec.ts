import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { startDovecot, type TestDovecot } from '../../test/dovecot.js';
import { eventually } from '../../test/eventually.js';
import { createTestConnector } from '../../test/factories/connectors.js';
import type { TestSpace, TestUser } from '../../test/factories/factories.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { dropDatabase } from '../../test/test-database.js';
import {
  append,
  imapSettings,
  type InboxRow,
  mail,
  mailboxState,
  postsIn,
  refreshWatchers,
  settledRows,
  watching,
} from './imap-test-kit.js';

/*
 * An IMAP connector against a real dovecot: what is in the mailbox before the watcher starts,
 * what arrives while it waits in IDLE, and what arrives while the API is down are each ingested
 * exactly once — one inbox row and one post per message — across restarts and a second process
 * on the same database. The steps build on each other, in order.
 */

describe('IMAP connector: each message exactly once across IDLE, restarts and processes', () => {
  let dovecot: TestDovecot;
  let app: TestApp;
  let other: TestApp | undefined;
  let author: TestUser;
  let space: TestSpace;
  let connectorId: string;
  /** Message-IDs appended so far, in order. */
  const sent: string[] = [];

  beforeAll(async () => {
    dovecot = await startDovecot();
    app = await startTestApp({ keepDatabase: true });
    author = await app.f.user();
    space = await app.f.space({ visibility: 'PRIVATE', members: [{ user: author }] });
  });
  afterAll(async () => {
    await other?.close();
    await app?.close();
    // Every app of this file keeps the database for the next one.
    if (app) await dropDatabase(app.database);
    await dovecot?.stop();
  });

  const send = async (count: number) => {
    const messages = Array.from({ length: count }, () => mail({ from: author.email }));
    await append(
      dovecot,
      'INBOX',
      messages.map((message) => message.raw),
    );
    sent.push(...messages.map((message) => message.messageId));
  };

  /** Each row PROCESSED into its own post in the routed space, and no other post there. */
  const expectOnePostPerRow = async (rows: InboxRow[]) => {
    expect(rows.map((row) => [row.status, row.error])).toEqual(rows.map(() => ['PROCESSED', null]));
    const posts = await postsIn(app, space.id);
    expect(posts.map((post) => post.id).sort()).toEqual(rows.map((row) => row.postId).sort());
    expect(new Set(posts.map((post) => post.id)).size).toBe(rows.length);
  };

  it('ingests the messages already in the mailbox when the connector starts', async () => {
    await send(3);
    const connector = await createTestConnector(app, {
      kind: 'IMAP',
      settings: imapSettings(dovecot),
      routes: [{ key: '*', spaceId: space.id }],
    });
    connectorId = connector.id;
    await refreshWatchers(app);
    const rows = await settledRows(app, connectorId, 3);
    const state = await mailboxState(app, connectorId);
    expect(rows.map((row) => row.externalId)).toEqual([1, 2, 3].map((uid) => `${state!.uidValidity}:${uid}`));
    expect(rows.map((row) => row.messageId)).toEqual(sent);
    await expectOnePostPerRow(rows);
    expect(state).toMatchObject({ lastUid: 3, lastError: null });
    expect(state!.lastConnectedAt).toBeInstanceOf(Date);
    expect(watching(app)).toEqual([connectorId]);
  }, 60_000);

  it('ingests messages that arrive while it waits in IDLE, without a restart', async () => {
    await send(2);
    const rows = await settledRows(app, connectorId, 5);
    expect(rows.map((row) => row.messageId)).toEqual(sent);
    await expectOnePostPerRow(rows);
    expect(await mailboxState(app, connectorId)).toMatchObject({ lastUid: 5 });
  }, 60_000);

  it('ingests what arrived while the API was down, once, after a restart on the same database', async () => {
    const { database } = app;
    await app.close();
    await send(1);
    // An API process that leaves background work to WORKER_ONLY processes watches no mailbox.
    const apiOnly = await startTestApp({ database, keepDatabase: true, env: { QUEUE_WORKERS: 'false' } });
    await refreshWatchers(apiOnly);
    expect(watching(apiOnly)).toEqual([]);
    await apiOnly.close();

    app = await startTestApp({ database, keepDatabase: true });
    await refreshWatchers(app);
    const rows = await settledRows(app, connectorId, 6);
    expect(rows).toHaveLength(6);
    expect(rows.map((row) => row.messageId)).toEqual(sent);
    expect(new Set(rows.map((row) => row.externalId)).size).toBe(6);
    await expectOnePostPerRow(rows);
    expect(await mailboxState(app, connectorId)).toMatchObject({ lastUid: 6 });
  }, 60_000);

  it('is watched by one process at a time; another takes over when it stops', async () => {
    other = await startTestApp({ database: app.database, keepDatabase: true });
    await refreshWatchers(other);
    expect(watching(other)).toEqual([]);
    expect(watching(app)).toEqual([connectorId]);

    await app.close();
    app = other;
    other = undefined;
    await send(1);
    await eventually(
      async () => {
        await refreshWatchers(app);
        return watching(app);
      },
      (ids) => ids.length === 1,
    );
    const rows = await settledRows(app, connectorId, 7);
    expect(rows.map((row) => row.messageId)).toEqual(sent);
    await expectOnePostPerRow(rows);
  }, 60_000);

  it('takes the same message appended twice (two UIDs) as two deliveries and posts it once', async () => {
    const copy = mail({ from: author.email, subject: 'Sent twice' });
    await append(dovecot, 'INBOX', [copy.raw, copy.raw]);
    const rows = await settledRows(app, connectorId, 9);
    const copies = rows.filter((row) => row.messageId === copy.messageId);
    expect(copies.map((row) => row.externalId.split(':')[1])).toEqual(['8', '9']);
    // Two workers may take them in either order: one posts, the other finds its Message-ID written.
    expect(copies.map((row) => row.status).sort()).toEqual(['IGNORED', 'PROCESSED']);
    expect(copies.find((row) => row.status === 'IGNORED')).toMatchObject({ postId: null, reason: expect.stringMatching(/^duplicate/) });
    const posts = await postsIn(app, space.id);
    expect(posts).toHaveLength(8);
    expect(posts.filter((post) => post.body.includes('Sent twice'))).toHaveLength(1);
  }, 60_000);
});
