import type { OnApplicationShutdown } from '@nestjs/common';
import { createClient } from 'redis';

import { logger } from '../common/logger.js';

const newClient = (url: string) =>
  createClient({ url, socket: { connectTimeout: 5_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) } });
type RedisClient = ReturnType<typeof newClient>;

const CONNECT_TIMEOUT_MS = 10_000;
const PING_TIMEOUT_MS = 1_000;
const CLOSE_TIMEOUT_MS = 2_000;

/** Rejects with `message` when `promise` takes longer than `ms`. */
const within = <T>(promise: Promise<T>, ms: number, message: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

/** The URL without its password, for messages and logs. */
const redacted = (url: string): string => {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
};

/**
 * The two Redis connections the socket.io adapter needs (one publishes; the other is held in
 * subscriber mode, which allows no other command). Both reconnect on their own after a drop;
 * `/health` reports them, and they are closed after socket.io on shutdown.
 */
export class RedisConnection implements OnApplicationShutdown {
  private readonly subscriberBackListeners: (() => void)[] = [];

  private constructor(
    readonly pub: RedisClient,
    readonly sub: RedisClient,
  ) {
    for (const [name, client] of [
      ['publisher', pub],
      ['subscriber', sub],
    ] as const) {
      // Without a listener an 'error' event would crash the process; report each outage once.
      let down = false;
      client.on('error', (error: Error) => {
        if (!down) logger.warn({ component: 'redis', client: name, err: error.message }, 'Redis connection lost; reconnecting');
        down = true;
      });
      client.on('ready', () => {
        if (!down) return;
        logger.info({ component: 'redis', client: name }, 'Redis connection back');
        down = false;
        if (name === 'subscriber') for (const listener of this.subscriberBackListeners) listener();
      });
    }
  }

  /** Connects both clients, or fails start-up with a message naming the unreachable server. */
  static async open(url: string): Promise<RedisConnection> {
    const pub = newClient(url);
    const connection = new RedisConnection(pub, pub.duplicate());
    const { sub } = connection;
    try {
      await within(
        Promise.all([pub.connect(), sub.connect()]),
        CONNECT_TIMEOUT_MS,
        `REDIS_URL=${redacted(url)}: Redis did not answer within ${CONNECT_TIMEOUT_MS / 1000} s. Start Redis there, or unset REDIS_URL to run one process alone.`,
      );
    } catch (error) {
      if (pub.isOpen) pub.destroy();
      if (sub.isOpen) sub.destroy();
      throw error;
    }
    return connection;
  }

  /**
   * Calls `listener` whenever the subscriber connection is back after a drop: whatever the other
   * processes published meanwhile never reached this one.
   */
  onSubscriberBack(listener: () => void): void {
    this.subscriberBackListeners.push(listener);
  }

  /** `up` when both connections are ready and the server answers a PING promptly. */
  async status(): Promise<'up' | 'down'> {
    if (!this.pub.isReady || !this.sub.isReady) return 'down';
    try {
      await within(this.pub.ping(), PING_TIMEOUT_MS, 'Redis PING timed out');
      return 'up';
    } catch {
      return 'down';
    }
  }

  /** Runs after Nest has closed socket.io (and with it the adapter's subscriptions). */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      [this.pub, this.sub].map(async (client) => {
        if (!client.isOpen) return;
        // close() waits for pending replies; with Redis unreachable that could be forever.
        await within(client.close(), CLOSE_TIMEOUT_MS, 'Redis close timed out').catch(() => client.isOpen && client.destroy());
      }),
    );
  }
}
