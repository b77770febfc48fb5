import type { ApolloCache } from '@apollo/client';
import { connectionRefs, moveEdgeToStart } from 'src/app/apollo/connection-cache';
import { graphql } from 'src/gql';
import type { NotificationKind, PostKind } from 'src/gql/graphql';
import { NotificationEntry_NotificationFragmentDoc } from 'src/gql/graphql';

const ReadFlagFragment = graphql(`
  fragment NotificationReadFlag_notification on Notification {
    id
    read
  }
`);

export interface NotificationPayload {
  id: string;
  kind: NotificationKind;
  count: number;
  read: boolean;
  createdAt: string;
  updatedAt: string;
  commentId: string | null;
  excerpt: string | null;
  actor: { id: string; displayName: string; handle: string } | null;
  post: { id: string; kind: PostKind } | null;
  space: { id: string; slug: string; name: string } | null;
}

const notificationId = (cache: ApolloCache, id: string) => cache.identify({ __typename: 'Notification', id });

const isUnread = (cache: ApolloCache, id: string): boolean | null => {
  const flag = cache.readFragment({ id: notificationId(cache, id), fragment: ReadFlagFragment });
  return flag ? !flag.read : null;
};

/**
 * A notification arrived (or grew: a gathered one comes back with the same id and a higher
 * count). It goes first in the list, updated in place; the unread count only grows for one that
 * was not already unread here.
 */
export const receiveNotification = (cache: ApolloCache, n: NotificationPayload) => {
  const id = notificationId(cache, n.id);
  if (!id) return;
  const wasUnread = isUnread(cache, n.id) === true;
  cache.writeFragment({
    id,
    fragment: NotificationEntry_NotificationFragmentDoc,
    data: {
      __typename: 'Notification',
      id: n.id,
      kind: n.kind,
      count: n.count,
      read: n.read,
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
      commentId: n.commentId,
      excerpt: n.excerpt,
      actor: n.actor ? { __typename: 'PostAuthor', id: n.actor.id, displayName: n.actor.displayName, handle: n.actor.handle } : null,
      post: n.post ? { __typename: 'NotificationPost', id: n.post.id, kind: n.post.kind } : null,
      space: n.space ? { __typename: 'PostSpace', id: n.space.id, slug: n.space.slug, name: n.space.name } : null,
    },
  });
  const delta = !n.read && !wasUnread ? 1 : n.read && wasUnread ? -1 : 0;
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      unreadNotificationCount: (count: number) => Math.max(0, count + delta),
      notifications: (existing) => moveEdgeToStart(existing, { __ref: id }, 'NotificationEdge'),
    },
  });
};

/** Marks these notifications read in the cache (all loaded ones when `ids` is null). */
export const markReadInCache = (cache: ApolloCache, ids: readonly string[] | null) => {
  let refs: string[] = [];
  if (ids) {
    refs = ids.map((id) => notificationId(cache, id)).filter((ref): ref is string => Boolean(ref));
  } else {
    cache.modify({
      id: 'ROOT_QUERY',
      fields: {
        notifications: (existing) => {
          refs = [...connectionRefs(existing)];
          return existing;
        },
      },
    });
  }
  let changed = 0;
  for (const ref of refs) {
    cache.modify({
      id: ref,
      fields: {
        read: (read: boolean) => {
          if (!read) changed += 1;
          return true;
        },
      },
    });
  }
  cache.modify({
    id: 'ROOT_QUERY',
    fields: { unreadNotificationCount: (count: number) => (ids ? Math.max(0, count - changed) : 0) },
  });
};
