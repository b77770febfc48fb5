import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from 'src/app/realtime/realtime-events';

type ContentEvent = Exclude<keyof ServerToClientEvents, 'ready' | 'session.expired'>;
export type RealtimeHandlers = { [E in ContentEvent]: ServerToClientEvents[E] };

export interface RealtimeOptions {
  /** Read at every (re)connection, so a reconnect never sends a stale token. */
  getToken: () => string | null;
  handlers: RealtimeHandlers;
  /** The socket is in all its rooms: what happened while it was away must be fetched again. */
  onReady: (userId: string) => void;
  /** The server says the session is over: the app signs the user out. */
  onSessionEnded: () => void;
  /** After the server closed the socket without a reason: asks the API whether the session still holds. */
  checkSession: () => Promise<unknown>;
}

// socket.io's own back-off after a network drop (a restarting server is back within seconds)…
const MAX_RECONNECT_DELAY_MS = 10_000;
// …and ours after a refused handshake, which is rarer and may last.
const MAX_RETRY_DELAY_MS = 30_000;

interface HandshakeError extends Error {
  data?: { code?: string; reason?: string };
}

/**
 * One socket.io connection for the signed-in session, on the page's own origin (`/socket.io`).
 * socket.io reconnects by itself after network drops; what it leaves to us: a handshake the
 * server refused (retried with back-off unless the session is over) and a socket the server
 * closed (the session is checked first). Returns the function that closes it for good.
 */
export const connectRealtime = ({ getToken, handlers, onReady, onSessionEnded, checkSession }: RealtimeOptions): (() => void) => {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
    auth: (send) => send({ token: getToken() ?? '' }),
    transports: ['websocket'],
    reconnectionDelayMax: MAX_RECONNECT_DELAY_MS,
  });
  let closed = false;
  let attempts = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const retryLater = () => {
    if (closed) return;
    clearTimeout(retryTimer);
    // Exponential back-off with jitter, so a restarted server is not hit by every tab at once.
    const delay = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** attempts) * (0.5 + Math.random() / 2);
    attempts += 1;
    retryTimer = setTimeout(() => {
      if (!closed && !socket.connected) socket.connect();
    }, delay);
  };

  socket.on('connect', () => {
    attempts = 0;
  });
  socket.on('connect_error', (error: HandshakeError) => {
    if (error.data?.code === 'UNAUTHENTICATED') {
      onSessionEnded();
      return;
    }
    // Transport failures are retried by socket.io itself; a refusal by the server's middleware is not.
    if (!socket.active) retryLater();
  });
  socket.on('disconnect', (reason) => {
    if (reason !== 'io server disconnect') return;
    // Expired token, deactivated account…: an expired token was announced by `session.expired`;
    // otherwise the API tells (an UNAUTHENTICATED answer signs out by itself).
    void checkSession()
      .catch(() => undefined)
      .finally(retryLater);
  });
  socket.on('session.expired', () => onSessionEnded());
  socket.on('ready', ({ userId }) => onReady(userId));
  socket.on('post.created', handlers['post.created']);
  socket.on('post.updated', handlers['post.updated']);
  socket.on('comment.created', handlers['comment.created']);
  socket.on('reaction.updated', handlers['reaction.updated']);
  socket.on('notification.created', handlers['notification.created']);

  return () => {
    closed = true;
    clearTimeout(retryTimer);
    socket.removeAllListeners();
    socket.disconnect();
  };
};
