import type { Visibility } from '@chantier/domain';

import type { Notification } from '../notifications/notification.object.js';
import type { Comment, Post, PostSpace, ReactionCount } from '../posts/post.object.js';

/*
 * What socket.io clients receive. Content events carry the GraphQL types' viewer-independent
 * fields (one payload serves every socket in a room), so `viewerReaction`, `viewerCanEdit` and
 * `viewerCanPin` are absent: clients keep their own values or ask GraphQL. Dates are ISO strings.
 */

/** `post.created`, and `post.updated` for a live post: the GraphQL `Post` minus viewer fields. */
export type PostPayload = Omit<Post, 'viewerReaction' | 'cursorTime'>;

/** `post.updated`: a deleted post says so and carries no content. */
export type PostUpdatedPayload = (PostPayload & { deleted: false }) | { id: string; deleted: true; space: PostSpace | null };

/** `comment.created`: the GraphQL `Comment` minus viewer fields, with its post's new comment count. */
export type CommentPayload = Omit<Comment, 'viewerReaction' | 'cursorTime' | 'space'> & { postCommentCount: number };

/** `reaction.updated`: a target's counts after someone reacted, changed or withdrew a reaction. */
export interface ReactionUpdatedPayload {
  targetId: string;
  targetType: 'POST' | 'COMMENT';
  postId: string;
  reactionCounts: ReactionCount[];
}

/** `notification.created`, to its recipient only: the GraphQL `Notification`. */
export type NotificationPayload = Omit<Notification, 'cursorTime'>;

/** `ready`: the socket has joined every room it may read; events flow from here on. */
export interface ReadyPayload {
  userId: string;
}

/** Where a loaded payload is to be sent: its place, at the space's current visibility. */
export interface Routed<T> {
  payload: T;
  place: { id: string; visibility: Visibility } | null;
}
