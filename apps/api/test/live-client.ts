import { io, type Socket } from 'socket.io-client';

/*
 * Real socket.io-client connections to a running API, as the web app makes them. Every wait is
 * bounded; every received event is kept, so a test can check what did NOT arrive.
 */

export const WAIT_MS = 5_000;

export interface Received {
  event: string;
  payload: any;
}

export interface LiveClient {
  readonly socket: Socket;
  /** Every event received so far, in order. */
  readonly received: Received[];
  /** The first event named `event` whose payload passes `match`, received already or within `timeoutMs`. */
  next(event: string, match?: (payload: any) => boolean, timeoutMs?: number): Promise<any>;
  /** Payloads received so far for `event` that pass `match`. */
  all(event: string, match?: (payload: any) => boolean): any[];
  close(): void;
}

export interface HandshakeError {
  message: string;
  data?: { code?: string; reason?: string };
}

const open = (url: string, auth: Record<string, unknown> | undefined): Socket =>
  io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true, timeout: WAIT_MS });

/** Connects with `token` and resolves once the server says the socket is in all its rooms. */
export const connectLive = (url: string, token: string): Promise<LiveClient> => {
  const socket = open(url, { token });
  const received: Received[] = [];
  const waiters = new Set<(entry: Received) => void>();
  socket.onAny((event: string, payload: unknown) => {
    const entry = { event, payload };
    received.push(entry);
    for (const waiter of waiters) waiter(entry);
  });
  const client: LiveClient = {
    socket,
    received,
    all: (event, match = () => true) => received.filter((r) => r.event === event && match(r.payload)).map((r) => r.payload),
    next: (event, match = () => true, timeoutMs = WAIT_MS) => {
      const found = received.find((r) => r.event === event && match(r.payload));
      if (found) return Promise.resolve(found.payload);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no ${event} within ${timeoutMs} ms; received: ${received.map((r) => r.event).join(', ') || 'nothing'}`));
        }, timeoutMs);
        const waiter = (entry: Received) => {
          if (entry.event !== event || !match(entry.payload)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(entry.payload);
        };
        waiters.add(waiter);
      });
    },
    close: () => {
      socket.disconnect();
    },
  };
  return new Promise((resolve, reject) => {
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.disconnect();
      reject(new Error(`refused: ${error.message} ${JSON.stringify(error.data)}`));
    });
    client.next('ready').then(
      () => resolve(client),
      (error: unknown) => {
        socket.disconnect();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
};

/** Tries a handshake that must be refused, and returns the `connect_error` the client got. */
export const refusedHandshake = (url: string, auth?: Record<string, unknown>): Promise<HandshakeError> => {
  const socket = open(url, auth);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.disconnect();
      reject(new Error(`no connect_error within ${WAIT_MS} ms`));
    }, WAIT_MS);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.disconnect();
      reject(new Error('the handshake was accepted'));
    });
    socket.once('connect_error', (error: Error & { data?: HandshakeError['data'] }) => {
      clearTimeout(timer);
      socket.disconnect();
      resolve({ message: error.message, data: error.data });
    });
  });
};
