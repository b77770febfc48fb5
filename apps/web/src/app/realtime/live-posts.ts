import type { ApolloCache, Reference } from '@apollo/client';
import { addEdgeToConnection, hasMorePages, keyArgsOf } from 'src/app/apollo/connection-cache';
import type { FeedKey } from 'src/app/realtime/new-posts-store';
import type { LiveComment, LivePost, LiveReactionCount, LiveReactionUpdate } from 'src/app/realtime/realtime-events';
import { markCommentCounted } from 'src/features/posts/comment-counts';
import { graphql } from 'src/gql';
import { CommentItem_CommentFragmentDoc, PostCard_PostFragmentDoc } from 'src/gql/graphql';

/*
 * Merges realtime payloads into the Apollo cache by id. Payloads carry no viewer fields, so
 * the cached viewerReaction / viewerCanEdit / viewerCanPin are kept; a post or comment seen for
 * the first time gets the values a reader who has not acted yet has.
 */

const PostViewerFragment = graphql(`
  fragment LivePost_viewer on Post {
    id
    viewerReaction
    viewerCanEdit
    viewerCanPin
  }
`);

const CommentViewerFragment = graphql(`
  fragment LiveComment_viewer on Comment {
    id
    viewerReaction
  }
`);

const SpaceModerationFragment = graphql(`
  fragment LiveSpace_moderation on Space {
    id
    viewerCanModerate
  }
`);

const countsOf = (counts: readonly LiveReactionCount[]) =>
  counts.map((c) => ({ __typename: 'ReactionCount' as const, type: c.type, count: c.count }));

const postCacheId = (cache: ApolloCache, id: string) => cache.identify({ __typename: 'Post', id });

/** Writes a whole post as the feeds read it; returns its cache reference. */
export const writeLivePost = (cache: ApolloCache, post: LivePost, viewerId: string | null): Reference | undefined => {
  const id = postCacheId(cache, post.id);
  const viewer = cache.readFragment({ id, fragment: PostViewerFragment });
  const space = post.space
    ? cache.readFragment({ id: cache.identify({ __typename: 'Space', id: post.space.id }), fragment: SpaceModerationFragment })
    : null;
  cache.writeFragment({
    id,
    fragment: PostCard_PostFragmentDoc,
    data: {
      __typename: 'Post',
      id: post.id,
      body: post.body,
      html: post.html,
      kind: post.kind,
      pinned: post.pinned,
      createdAt: post.createdAt,
      editedAt: post.editedAt,
      commentCount: post.commentCount,
      viewerReaction: viewer?.viewerReaction ?? null,
      viewerCanEdit: viewer?.viewerCanEdit ?? post.author.id === viewerId,
      viewerCanPin: viewer?.viewerCanPin ?? space?.viewerCanModerate ?? false,
      author: { __typename: 'PostAuthor', ...post.author },
      space: post.space ? { __typename: 'PostSpace', id: post.space.id, slug: post.space.slug, name: post.space.name } : null,
      reactionCounts: countsOf(post.reactionCounts),
      source: { __typename: 'PostSource', kind: post.source.kind, externalUrl: post.source.externalUrl },
    },
  });
  return id ? { __ref: id } : undefined;
};

const feedMatches = (key: FeedKey, fieldName: string, storeFieldName: string): boolean => {
  const args = keyArgsOf(storeFieldName);
  if (key === 'home') return fieldName === 'homeFeed' && args.mode === 'RECENT';
  if (key.startsWith('space:')) return fieldName === 'spaceFeed' && args.spaceId === key.slice('space:'.length);
  return fieldName === 'userFeed' && args.userId === key.slice('user:'.length);
};

/** Puts posts at the top of the cached feeds of these keys (oldest first in, so the newest ends on top). */
export const insertIntoFeeds = (cache: ApolloCache, posts: readonly LivePost[], keys: readonly FeedKey[], viewerId: string | null) => {
  const refs = posts.map((post) => writeLivePost(cache, post, viewerId)).filter((ref): ref is Reference => Boolean(ref));
  if (refs.length === 0) return;
  const insert = <T>(existing: T, fieldName: string, storeFieldName: string): T =>
    keys.some((key) => feedMatches(key, fieldName, storeFieldName))
      ? refs.reduce((connection, ref) => addEdgeToConnection(connection, ref, 'PostEdge', 'start'), existing)
      : existing;
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      homeFeed: (existing, { fieldName, storeFieldName }) => insert(existing, fieldName, storeFieldName),
      spaceFeed: (existing, { fieldName, storeFieldName }) => insert(existing, fieldName, storeFieldName),
      userFeed: (existing, { fieldName, storeFieldName }) => insert(existing, fieldName, storeFieldName),
    },
  });
};

/** An edit, a pin or a new count: only posts already cached change, field by field. */
export const updateLivePost = (cache: ApolloCache, post: LivePost) => {
  cache.modify({
    id: postCacheId(cache, post.id),
    fields: {
      body: () => post.body,
      html: () => post.html,
      kind: () => post.kind,
      pinned: () => post.pinned,
      editedAt: () => post.editedAt,
      commentCount: () => post.commentCount,
      reactionCounts: () => countsOf(post.reactionCounts),
    },
  });
};

/** Feeds skip edges whose node is gone (relayStylePagination reads only readable nodes). */
export const evictLivePost = (cache: ApolloCache, postId: string) => {
  cache.evict({ id: postCacheId(cache, postId) });
  cache.gc();
};

/** A new comment joins its thread (when the thread is loaded up to its end) and sets the post's count. */
export const addLiveComment = (cache: ApolloCache, comment: LiveComment) => {
  const id = cache.identify({ __typename: 'Comment', id: comment.id });
  const viewer = cache.readFragment({ id, fragment: CommentViewerFragment });
  cache.writeFragment({
    id,
    fragment: CommentItem_CommentFragmentDoc,
    data: {
      __typename: 'Comment',
      id: comment.id,
      html: comment.html,
      createdAt: comment.createdAt,
      editedAt: comment.editedAt,
      parentId: comment.parentId,
      viewerReaction: viewer?.viewerReaction ?? null,
      author: { __typename: 'PostAuthor', id: comment.author.id, displayName: comment.author.displayName, handle: comment.author.handle },
      reactionCounts: countsOf(comment.reactionCounts),
    },
  });
  // The author's own mutation must not add one more to a count that already includes it.
  markCommentCounted(comment.id);
  cache.modify({
    id: postCacheId(cache, comment.postId),
    fields: {
      commentCount: () => comment.postCommentCount,
      // Oldest first: the new one goes last, unless later pages are still to load (it will come with them).
      comments: (existing) =>
        id && !hasMorePages(existing) ? addEdgeToConnection(existing, { __ref: id }, 'CommentEdge', 'end') : existing,
    },
  });
};

export const updateLiveReactions = (cache: ApolloCache, update: LiveReactionUpdate) => {
  cache.modify({
    id: cache.identify({ __typename: update.targetType === 'POST' ? 'Post' : 'Comment', id: update.targetId }),
    fields: { reactionCounts: () => countsOf(update.reactionCounts) },
  });
};
