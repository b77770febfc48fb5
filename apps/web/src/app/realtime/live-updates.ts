import type { ApolloClient } from '@apollo/client';
import { belongsToHomeFeed } from 'src/app/realtime/home-feed-membership';
import { addLiveComment, evictLivePost, insertIntoFeeds, updateLivePost, updateLiveReactions } from 'src/app/realtime/live-posts';
import { type FeedKey, newPostsStore } from 'src/app/realtime/new-posts-store';
import type { RealtimeHandlers } from 'src/app/realtime/realtime-connection';
import type { LivePost } from 'src/app/realtime/realtime-events';
import { receiveNotification } from 'src/features/notifications/notifications-cache';

export interface LiveSession {
  handlers: RealtimeHandlers;
  setViewer: (userId: string) => void;
}

/**
 * What each realtime event does to the cache. Posts by others wait behind the feeds' "new
 * posts" banner; the viewer's own posts (from another tab, or racing the mutation's answer) go
 * straight in, deduplicated by id.
 */
export const createLiveUpdates = (client: ApolloClient): LiveSession => {
  let viewerId: string | null = null;
  const { cache } = client;

  const onPostCreated = (post: LivePost) => {
    const keys: FeedKey[] = [`user:${post.author.id}`];
    if (post.space) keys.push(`space:${post.space.id}`);
    if (post.author.id === viewerId) {
      insertIntoFeeds(cache, [post], [...keys, 'home'], viewerId);
      return;
    }
    for (const key of keys) newPostsStore.add(key, post);
    void belongsToHomeFeed(client, post, viewerId).then((inHome) => {
      if (inHome) newPostsStore.add('home', post);
    });
  };

  return {
    setViewer: (userId) => {
      viewerId = userId;
    },
    handlers: {
      'post.created': onPostCreated,
      'post.updated': (update) => {
        if (update.deleted) {
          newPostsStore.remove(update.id);
          evictLivePost(cache, update.id);
        } else {
          updateLivePost(cache, update);
        }
      },
      'comment.created': (comment) => addLiveComment(cache, comment),
      'reaction.updated': (reaction) => updateLiveReactions(cache, reaction),
      'notification.created': (notification) => receiveNotification(cache, notification),
    },
  };
};
