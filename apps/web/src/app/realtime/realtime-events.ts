import type { NotificationKind, PostKind, PostSourceKind, ReactionType, SpaceKind, Visibility } from 'src/gql/graphql';

/*
 * What the API's socket.io channel sends (the realtime contract). Content payloads carry no
 * viewer fields (viewerReaction, viewerCanEdit, viewerCanPin): the cache keeps its own. Dates
 * are ISO strings.
 */

export interface LiveAuthor {
  id: string;
  displayName: string;
  handle: string;
  title: string | null;
}

export interface LiveSpace {
  id: string;
  slug: string;
  name: string;
  kind: SpaceKind;
  visibility: Visibility;
}

export interface LiveReactionCount {
  type: ReactionType;
  count: number;
}

export interface LivePost {
  id: string;
  body: string;
  html: string;
  kind: PostKind;
  pinned: boolean;
  createdAt: string;
  editedAt: string | null;
  commentCount: number;
  author: LiveAuthor;
  space: LiveSpace | null;
  reactionCounts: LiveReactionCount[];
  source: { kind: PostSourceKind; externalUrl: string | null };
}

export type LivePostUpdate = (LivePost & { deleted: false }) | { id: string; deleted: true; space: LiveSpace | null };

export interface LiveComment {
  id: string;
  postId: string;
  parentId: string | null;
  body: string;
  html: string;
  createdAt: string;
  editedAt: string | null;
  author: LiveAuthor;
  reactionCounts: LiveReactionCount[];
  postCommentCount: number;
}

export interface LiveReactionUpdate {
  targetId: string;
  targetType: 'POST' | 'COMMENT';
  postId: string;
  reactionCounts: LiveReactionCount[];
}

export interface LiveNotification {
  id: string;
  kind: NotificationKind;
  count: number;
  read: boolean;
  createdAt: string;
  updatedAt: string;
  commentId: string | null;
  actor: LiveAuthor | null;
  post: { id: string; kind: PostKind } | null;
  space: LiveSpace | null;
  excerpt: string | null;
}

export interface ServerToClientEvents {
  'post.created': (post: LivePost) => void;
  'post.updated': (post: LivePostUpdate) => void;
  'comment.created': (comment: LiveComment) => void;
  'reaction.updated': (reaction: LiveReactionUpdate) => void;
  'notification.created': (notification: LiveNotification) => void;
  ready: (ready: { userId: string }) => void;
  'session.expired': (error: { code: string; reason: string }) => void;
}

/** Clients only listen. */
export type ClientToServerEvents = Record<string, never>;
