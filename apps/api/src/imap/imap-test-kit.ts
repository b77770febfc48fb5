import { ImapFlow } from 'imapflow';

import type { TestDovecot } from '../../test/dovecot.js';
import { eventually } from '../../test/eventually.js';
import type { TestApp } from '../../test/test-app.js';
import { ImapWatchService } from './imap-watch.service.js';

/* Helpers shared by the IMAP integration specs (test code only). */

/** Settings of a connector reading `mailbox` on the test dovecot. */
export const imapSettings = (dovecot: TestDovecot, mailbox = 'INBOX', overrides: Record<string, unknown> = {}) => ({
  host: dovecot.host,
  port: dovecot.port,
  secure: false,
  user: dovecot.user,
  password: dovecot.password,
  mailbox,
  ...overrides,
});

let sequence = 0;

/** A plain RFC 5322 message; pass `messageId` to send the same message twice. */
export const mail = (input: { from: string; to?: string; subject?: string; body?: string; messageId?: string }) => {
  sequence += 1;
  const messageId = input.messageId ?? `<imap-test-${Date.now()}-${sequence}@example.test>`;
  const subject = input.subject ?? `Message ${sequence}`;
  const text = [
    `From: ${input.from}`,
    `To: ${input.to ?? 'support@example.test'}`,
    `Subject: ${subject}`,
    `Message-ID: ${messageId}`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    input.body ?? `Body of ${subject}`,
    '',
  ].join('\r\n');
  return { raw: text, messageId, subject };
};

/** A short-lived client of the test's own, as another mail program delivering into the mailbox. */
export const withMailbox = async <T>(dovecot: TestDovecot, run: (client: ImapFlow) => Promise<T>): Promise<T> => {
  const client = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
  });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.logout().catch(() => client.close());
  }
};

export const append = (dovecot: TestDovecot, mailbox: string, raws: string[]) =>
  withMailbox(dovecot, async (client) => {
    for (const raw of raws) await client.append(mailbox, raw);
  });

export interface InboxRow {
  externalId: string;
  status: string;
  reason: string | null;
  error: string | null;
  postId: string | null;
  commentId: string | null;
  messageId: string | null;
}

export const inboxRows = (app: TestApp, connectorId: string): Promise<InboxRow[]> =>
  app.db.query(
    `SELECT external_id AS "externalId", status, reason, error, post_id AS "postId", comment_id AS "commentId",
            headers->>'message-id' AS "messageId"
       FROM inbound_event WHERE connector_id = $1
      ORDER BY received_at, split_part(external_id, ':', 2)::bigint`,
    [connectorId],
  ) as Promise<InboxRow[]>;

/** Rows in `count`, every one of them processed or ignored (no longer waiting for the queue). */
export const settledRows = (app: TestApp, connectorId: string, count: number) =>
  eventually(
    () => inboxRows(app, connectorId),
    (rows) => rows.length >= count && rows.every((row) => row.status !== 'RECEIVED' && !(row.status === 'FAILED' && row.error === null)),
  );

export const postsIn = async (app: TestApp, spaceId: string): Promise<{ id: string; body: string }[]> =>
  (await app.db.query(`SELECT id, body FROM post WHERE space_id = $1 AND deleted_at IS NULL ORDER BY created_at, id`, [spaceId])) as {
    id: string;
    body: string;
  }[];

export interface MailboxStateRow {
  uidValidity: string | null;
  lastUid: number;
  lastError: string | null;
  lastErrorAt: Date | null;
  lastConnectedAt: Date | null;
}

export const mailboxState = async (app: TestApp, connectorId: string): Promise<MailboxStateRow | undefined> => {
  const [row] = (await app.db.query(
    `SELECT uid_validity::text AS "uidValidity", last_uid::int AS "lastUid", last_error AS "lastError",
            last_error_at AS "lastErrorAt", last_connected_at AS "lastConnectedAt"
       FROM imap_mailbox_state WHERE connector_id = $1`,
    [connectorId],
  )) as MailboxStateRow[];
  return row;
};

/** Makes the app pick up connectors now instead of at its next poll. */
export const refreshWatchers = (app: TestApp) => app.server.app.get(ImapWatchService).refresh();

/** What the periodic resync does, now. */
export const syncWatchers = (app: TestApp) => app.server.app.get(ImapWatchService).syncNow();

export const watching = (app: TestApp) => app.server.app.get(ImapWatchService).watching();
