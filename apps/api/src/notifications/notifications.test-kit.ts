import type { TestUser } from '../../test/factories/factories.js';
import { ok } from '../../test/gql-client.js';
import type { TestApp } from '../../test/test-app.js';

/* GraphQL documents and small helpers shared by the notification, mention and hashtag specs. */

export const NOTIFICATION_FIELDS = `id kind count read excerpt commentId createdAt updatedAt
  actor { id displayName handle } post { id kind } space { id slug name }`;
export const NOTIFICATIONS = `query($first: Int, $after: String) {
  notifications(first: $first, after: $after) { edges { cursor node { ${NOTIFICATION_FIELDS} } } pageInfo { hasNextPage endCursor } }
  unreadNotificationCount }`;
export const CREATE_POST = `mutation($spaceId: ID, $body: String!) { createPost(input: { spaceId: $spaceId, body: $body }) {
  id body html kind pinned editedAt commentCount reactionCounts { type count } viewerReaction viewerCanEdit viewerCanPin
  author { id displayName handle } space { id slug name } source { kind externalUrl } } }`;
export const EDIT_POST = `mutation($id: ID!, $body: String!) { editPost(id: $id, body: $body) { id } }`;
export const ADD_COMMENT = `mutation($postId: ID!, $body: String!, $parentId: ID) { addComment(postId: $postId, body: $body, parentId: $parentId) { id } }`;
export const EDIT_COMMENT = `mutation($id: ID!, $body: String!) { editComment(id: $id, body: $body) { id } }`;
export const REACT = `mutation($id: ID!, $type: ReactionType!) { react(targetId: $id, type: $type) { targetId } }`;
export const MARK_READ = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

export interface NotificationNode {
  id: string;
  kind: string;
  count: number;
  read: boolean;
  excerpt: string | null;
  commentId: string | null;
  createdAt: string;
  updatedAt: string;
  actor: { id: string; displayName: string; handle: string } | null;
  post: { id: string; kind: string } | null;
  space: { id: string; slug: string; name: string } | null;
}

/** A small client bound to one test app. */
export const kit = (t: TestApp) => ({
  post: async (author: TestUser, body: string, spaceId: string | null = null): Promise<{ id: string }> =>
    ok(await t.gql(CREATE_POST, { spaceId, body }, author.token)).createPost as { id: string },
  comment: async (author: TestUser, postId: string, body: string, parentId?: string): Promise<{ id: string }> =>
    ok(await t.gql(ADD_COMMENT, { postId, body, parentId }, author.token)).addComment as { id: string },
  react: async (user: TestUser, targetId: string, type = 'LIKE') => ok(await t.gql(REACT, { id: targetId, type }, user.token)),
  /** The user's notifications (first page of 100) and their unread count. */
  inbox: async (user: TestUser): Promise<{ nodes: NotificationNode[]; unread: number }> => {
    const data = ok(await t.gql(NOTIFICATIONS, { first: 100 }, user.token));
    return {
      nodes: (data.notifications.edges as { node: NotificationNode }[]).map((edge) => edge.node),
      unread: data.unreadNotificationCount as number,
    };
  },
  markRead: async (user: TestUser, ids: string[] | null): Promise<number> =>
    ok(await t.gql(MARK_READ, { ids }, user.token)).markNotificationsRead as number,
});
