import type { Server, Socket } from 'socket.io';

import type {
  CommentPayload,
  NotificationPayload,
  PostPayload,
  PostUpdatedPayload,
  ReactionUpdatedPayload,
  ReadyPayload,
} from './realtime.payloads.js';
import type { SocketSession } from './socket-auth.js';

/** Events the server sends (DESIGN §4 names, plus `ready` and `session.expired`). */
export interface ServerToClientEvents {
  'post.created': (post: PostPayload) => void;
  'post.updated': (post: PostUpdatedPayload) => void;
  'comment.created': (comment: CommentPayload) => void;
  'reaction.updated': (reaction: ReactionUpdatedPayload) => void;
  'notification.created': (notification: NotificationPayload) => void;
  ready: (ready: ReadyPayload) => void;
  'session.expired': (error: { code: 'UNAUTHENTICATED'; reason: 'TOKEN_INVALID' }) => void;
}

/** Clients send nothing: what they may receive is decided by the server alone. */
export type ClientToServerEvents = Record<string, never>;

/** A person's sockets joining or leaving a space room, announced to the other API processes. */
export interface RoomChange {
  userId: string;
  spaceId: string;
  member: boolean;
}

export interface InterServerEvents {
  'chantier:rooms': (change: RoomChange) => void;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketSession>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketSession>;
