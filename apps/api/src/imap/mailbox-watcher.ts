import { ImapFlow, type MessageEnvelopeObject } from 'imapflow';

import { logger } from '../common/logger.js';
import type { InboundItem } from '../inbound/inbound.types.js';
import { describeImapError } from './imap-errors.js';
import type { ImapSettings } from './imap-settings.js';
import type { ImapStateRepository } from './imap-state.repository.js';

export interface WatcherDeps {
  readonly state: ImapStateRepository;
  /** InboxService.accept: resolves once the rows and their jobs are committed. */
  accept(items: InboundItem[]): Promise<unknown>;
}

export interface WatcherTiming {
  /** First reconnection delay; doubled after each failure up to `maxBackoffMs`. */
  readonly minBackoffMs: number;
  readonly maxBackoffMs: number;
  /** Quiet time after our last command before IDLE starts (imapflow's auto-IDLE). */
  readonly idleDelayMs: number;
  /**
   * A sync even without news, after selecting the mailbox again. IDLE reports new messages, but
   * not a mailbox deleted and re-created (a new UIDVALIDITY) under the selected session.
   */
  readonly resyncMs: number;
}

// Messages fetched (with their full source) per round trip: bounds memory on a large first sync.
const BATCH = 25;

/** What IT looks for in the inbox list; the handler parses the raw message itself. */
const envelopeHeaders = (envelope: MessageEnvelopeObject | undefined): Record<string, string> => {
  const headers: Record<string, string> = {};
  if (envelope?.messageId) headers['message-id'] = envelope.messageId;
  const from = envelope?.from?.[0]?.address;
  if (from) headers.from = from;
  if (envelope?.subject) headers.subject = envelope.subject.slice(0, 2_000);
  return headers;
};

/**
 * Watches one connector's mailbox: connects, ingests every message above the stored high-water
 * mark in UID order, then waits in IDLE and ingests what arrives. Reconnects with backoff on any
 * error or close. Exactly once: each message goes into the inbox under `<uidvalidity>:<uid>`,
 * unique per connector, before the mark moves past it.
 */
export class MailboxWatcher {
  private client: ImapFlow | undefined;
  private stopped = false;
  private wakeUp: (() => void) | undefined;
  private syncing: Promise<void> | undefined;
  private syncAgain = false;
  private reselect = false;
  private syncError: unknown;
  private readonly running: Promise<void>;
  private readonly log;

  constructor(
    readonly connectorId: string,
    private readonly settings: ImapSettings,
    private readonly deps: WatcherDeps,
    private readonly timing: WatcherTiming,
  ) {
    this.log = logger.child({ component: 'imap', connectorId, mailbox: settings.mailbox });
    this.running = this.run();
  }

  /** Syncs now if connected, as the periodic resync does. */
  syncNow(): Promise<void> {
    return this.client?.mailbox ? this.requestSync(this.client, true).catch(() => undefined) : Promise.resolve();
  }

  /** Closes the connection, lets an ingestion in flight finish, and resolves when nothing is left running. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    this.client?.close();
    await this.running;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      const healthy = await this.session();
      if (this.stopped) break;
      failures = healthy ? 0 : failures + 1;
      // Jitter spreads the reconnections of many connectors after a server restart.
      const delay = Math.min(this.timing.minBackoffMs * 2 ** Math.max(0, failures - 1), this.timing.maxBackoffMs);
      await this.sleep(delay * (0.8 + Math.random() * 0.4));
    }
  }

  /** One connection, from connect to close. Resolves true if it got as far as a first full sync. */
  private async session(): Promise<boolean> {
    const { host, port, secure, user, password, mailbox } = this.settings;
    const client = new ImapFlow({
      host,
      port,
      secure,
      auth: { user, pass: password },
      logger: false,
      autoIdleDelay: this.timing.idleDelayMs,
      connectionTimeout: 20_000,
      greetingTimeout: 15_000,
    });
    this.client = client;
    const closed = new Promise<void>((done) => client.once('close', () => done()));
    // Without an 'error' listener an emitted error would crash the process.
    client.on('error', (error: unknown) => this.log.debug({ err: error }, 'imap connection error'));
    let healthy = false;
    let resync: NodeJS.Timeout | undefined;
    this.syncError = undefined;
    this.reselect = false; // a new session selects afresh anyway
    try {
      if (this.stopped) return false;
      await client.connect();
      // Read-only (EXAMINE): the watcher never changes the mailbox, not even \Recent flags.
      await client.mailboxOpen(mailbox, { readOnly: true });
      await this.deps.state.recordConnected(this.connectorId, mailbox);
      this.log.info('imap mailbox watched');
      client.on('exists', () => void this.requestSync(client).catch(() => undefined));
      await this.requestSync(client);
      healthy = true;
      resync = setInterval(() => void this.requestSync(client, true).catch(() => undefined), this.timing.resyncMs);
      await closed;
      if (this.stopped) return healthy;
      if (this.syncError === undefined) this.log.warn('imap connection closed; reconnecting');
      else await this.fail(this.syncError);
    } catch (error) {
      if (!this.stopped) await this.fail(error);
    } finally {
      clearInterval(resync);
      client.close();
      await this.syncing?.catch(() => undefined);
      this.client = undefined;
    }
    return healthy;
  }

  private async fail(error: unknown): Promise<void> {
    const message = describeImapError(error, this.settings);
    this.log.warn({ err: error }, `imap connector failed: ${message}`);
    await this.deps.state.recordError(this.connectorId, this.settings.mailbox, message).catch((dbError: unknown) => {
      this.log.error({ err: dbError }, 'could not record the imap error');
    });
  }

  /**
   * Runs one sync at a time; an `exists` during a sync makes it go round once more. Throws to the
   * session on failure. `reselect` first selects the mailbox again, for a fresh view of it.
   */
  private requestSync(client: ImapFlow, reselect = false): Promise<void> {
    this.reselect ||= reselect;
    if (this.syncing) {
      this.syncAgain = true;
      return this.syncing;
    }
    const loop = async () => {
      do {
        this.syncAgain = false;
        if (this.reselect) {
          // A selected view can outlive its mailbox: deleted and re-created under a new
          // UIDVALIDITY, which IDLE does not report (dovecot only notices at some later command).
          this.reselect = false;
          await client.mailboxClose();
          await client.mailboxOpen(this.settings.mailbox, { readOnly: true });
        }
        await this.sync(client);
      } while (this.syncAgain && !this.stopped);
    };
    this.syncing = loop()
      .catch((error: unknown) => {
        // A failed sync ends the connection: the next session starts again from the stored mark.
        this.syncError = error;
        client.close();
        throw error;
      })
      .finally(() => {
        this.syncing = undefined;
      });
    // Callers from the 'exists' event do not await: the session reports `syncError` once closed.
    this.syncing.catch(() => undefined);
    return this.syncing;
  }

  private async sync(client: ImapFlow): Promise<void> {
    const { mailbox } = this.settings;
    const opened = client.mailbox;
    if (!opened) throw new Error('the mailbox is no longer selected');
    const uidValidity = String(opened.uidValidity);
    const stored = await this.deps.state.load(this.connectorId);
    let lastUid = stored?.lastUid ?? 0;
    if (!stored || stored.mailbox !== mailbox || stored.uidValidity !== uidValidity) {
      // UIDs of another generation mean nothing here: start from the first message. External ids
      // carry the UIDVALIDITY, so nothing already in the inbox is overwritten; re-delivered
      // messages are recognised downstream by their Message-ID (mail_message).
      if (stored?.uidValidity && stored.mailbox === mailbox)
        this.log.warn({ from: stored.uidValidity, to: uidValidity }, 'imap UIDVALIDITY changed');
      await this.deps.state.reset(this.connectorId, mailbox, uidValidity);
      lastUid = 0;
    }
    // `n:*` always matches the highest UID, even below n (RFC 3501 §6.4.8): filter again.
    const found = await client.search({ uid: `${lastUid + 1}:*` }, { uid: true });
    if (!found) throw new Error('the UID SEARCH of new messages failed');
    const uids = found.filter((uid) => uid > lastUid).sort((a, b) => a - b);
    for (let i = 0; i < uids.length && !this.stopped; i += BATCH) {
      const batch = uids.slice(i, i + BATCH);
      const messages = await client.fetchAll(batch.join(','), { uid: true, source: true, envelope: true }, { uid: true });
      // A UID missing from the answer was expunged since the search: nothing to ingest.
      messages.sort((a, b) => a.uid - b.uid);
      if (messages.some((message) => !message.source)) throw new Error('the server sent a message without its source');
      await this.deps.accept(
        messages.map((message) => ({
          connectorId: this.connectorId,
          source: 'IMAP' as const,
          externalId: `${uidValidity}:${message.uid}`,
          headers: {
            'x-imap-mailbox': mailbox,
            'x-imap-uidvalidity': uidValidity,
            'x-imap-uid': String(message.uid),
            ...envelopeHeaders(message.envelope),
          },
          raw: message.source!,
        })),
      );
      // A separate statement after the inbox commit: a crash between the two only makes the next
      // run fetch these messages again, and accept() answers them as duplicates (unique on
      // connector + external id), writing and enqueuing nothing.
      await this.deps.state.advance(this.connectorId, mailbox, uidValidity, batch[batch.length - 1]!);
      this.log.debug({ count: messages.length, lastUid: batch[batch.length - 1] }, 'imap messages ingested');
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((done) => {
      const timer = setTimeout(done, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        done();
      };
    });
  }
}
