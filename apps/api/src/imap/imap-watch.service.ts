import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { DataSource } from 'typeorm';

import { logger } from '../common/logger.js';
import { InboxService } from '../inbound/inbox.service.js';
import { imapSettingsSchema } from './imap-settings.js';
import { type ImapConnectorRow, ImapStateRepository } from './imap-state.repository.js';
import { MailboxWatcher, type WatcherTiming } from './mailbox-watcher.js';

/** How often the connector table is read to pick up connectors created, changed or deactivated since. */
const POLL_MS = 3_000;
const TIMING: WatcherTiming = { minBackoffMs: 1_000, maxBackoffMs: 5 * 60_000, idleDelayMs: 1_000, resyncMs: 5 * 60_000 };

export const IMAP_WATCH_OPTIONS = Symbol('IMAP_WATCH_OPTIONS');
export interface ImapWatchOptions {
  /** False in a process that leaves background work to others (QUEUE_WORKERS=false). */
  enabled: boolean;
}

interface Watch {
  watcher: MailboxWatcher;
  /** The settings JSON it runs with: a change restarts it. */
  fingerprint: string;
}

/**
 * Runs one MailboxWatcher per active IMAP connector, in every process that runs the API or its
 * workers. Polls the connector table rather than listening to an admin event, so connectors
 * created, edited or deactivated through another process are picked up too (within POLL_MS).
 * A PostgreSQL advisory lock per connector, held on one connection of its own, keeps a mailbox
 * watched by one process at a time; if that process dies, its connection and locks go and
 * another process takes over at its next poll. Ingestion is idempotent anyway (unique external
 * id), so an overlap would cost traffic, never a duplicate.
 */
@Injectable()
export class ImapWatchService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly watches = new Map<string, Watch>();
  /** Settings already reported as invalid, by connector: reported again only once they change. */
  private readonly badSettings = new Map<string, string>();
  private lease: pg.Client | undefined;
  private leaseLost = false;
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;
  private nextRefresh: Promise<void> | undefined;
  private stopped = false;
  private readonly log = logger.child({ component: 'imap' });

  constructor(
    private readonly state: ImapStateRepository,
    private readonly inbox: InboxService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(IMAP_WATCH_OPTIONS) private readonly options: ImapWatchOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.enabled) return;
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), POLL_MS);
    this.timer.unref();
  }

  /** Connector ids this process watches now. */
  watching(): string[] {
    return [...this.watches.keys()];
  }

  /** Makes every watcher sync now rather than at its periodic resync (tests). */
  async syncNow(): Promise<void> {
    await Promise.all([...this.watches.values()].map(({ watcher }) => watcher.syncNow()));
  }

  /**
   * Reconciles the watchers with the connector table (the poll calls it; tests may too). Resolves
   * after a round that started after the call: one round at a time, at most one waiting.
   */
  refresh(): Promise<void> {
    this.nextRefresh ??= (this.refreshing ?? Promise.resolve()).then(() => {
      this.nextRefresh = undefined;
      this.refreshing = this.reconcile()
        .catch((error: unknown) => this.log.error({ err: error }, 'imap watchers could not be refreshed'))
        .finally(() => {
          this.refreshing = undefined;
        });
      return this.refreshing;
    });
    return this.nextRefresh;
  }

  // Before the queue and the database pool shut down (onApplicationShutdown would race
  // TypeORM's own hook): a watcher may be committing messages.
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.nextRefresh;
    await this.refreshing;
    await this.stopAll();
  }

  private async reconcile(): Promise<void> {
    if (this.stopped || !this.options.enabled) return;
    const connectors = await this.state.activeConnectors();
    if (connectors.length === 0 && this.watches.size === 0) return;
    const lease = await this.leaseConnection();
    if (!lease) return;
    const wanted = new Map(connectors.map((connector) => [connector.id, connector]));
    for (const [id, watch] of this.watches) {
      const connector = wanted.get(id);
      if (connector && JSON.stringify(connector.settings) === watch.fingerprint) continue;
      this.watches.delete(id);
      await watch.watcher.stop();
      await this.state.unlock(lease, id);
    }
    for (const connector of connectors) {
      if (this.stopped || this.watches.has(connector.id)) continue;
      if (await this.state.tryLock(lease, connector.id)) await this.watch(lease, connector);
    }
  }

  private async watch(lease: pg.Client, connector: ImapConnectorRow): Promise<void> {
    const fingerprint = JSON.stringify(connector.settings);
    const parsed = imapSettingsSchema.safeParse(connector.settings);
    if (!parsed.success) {
      // Unusable settings are not retried until they change.
      await this.state.unlock(lease, connector.id);
      if (this.badSettings.get(connector.id) === fingerprint) return;
      this.badSettings.set(connector.id, fingerprint);
      const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'settings'))];
      const message = `invalid IMAP settings: ${fields.join(', ')}`;
      this.log.warn({ connectorId: connector.id }, message);
      const mailbox = typeof connector.settings.mailbox === 'string' ? connector.settings.mailbox : 'INBOX';
      await this.state.recordError(connector.id, mailbox, message);
      return;
    }
    this.badSettings.delete(connector.id);
    const deps = { state: this.state, accept: (items: Parameters<InboxService['accept']>[0]) => this.inbox.accept(items) };
    this.watches.set(connector.id, { watcher: new MailboxWatcher(connector.id, parsed.data, deps, TIMING), fingerprint });
  }

  /**
   * The connection holding this process's locks, opened for the first IMAP connector. Once it
   * breaks its locks are gone: every watcher stops (another process may take over) and a new
   * connection is made at the next poll.
   */
  private async leaseConnection(): Promise<pg.Client | undefined> {
    if (this.lease && !this.leaseLost) return this.lease;
    if (this.lease) {
      this.log.warn('imap lease connection lost; stopping watchers');
      await this.stopAll();
      return undefined;
    }
    const lease = new pg.Client({ connectionString: (this.db.options as { url?: string }).url, application_name: 'chantier-imap' });
    const lost = () => {
      this.leaseLost = true;
    };
    lease.on('error', lost);
    lease.on('end', lost);
    await lease.connect();
    this.lease = lease;
    this.leaseLost = false;
    return lease;
  }

  private async stopAll(): Promise<void> {
    await Promise.all([...this.watches.values()].map(({ watcher }) => watcher.stop()));
    this.watches.clear();
    const lease = this.lease;
    this.lease = undefined;
    // Ending the session releases every lock it held.
    await lease?.end().catch(() => undefined);
  }
}
