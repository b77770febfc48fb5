import { useMutation } from '@apollo/client/react';
import { addEdgeToConnection, keyArgsOf } from 'src/app/apollo/connection-cache';
import { CreatePostMutation } from 'src/features/posts/graphql/posts.mutations';
import type { PostKind } from 'src/gql/graphql';

/**
 * Publishes a post and puts it at the top of the feeds it belongs to (home, its space, the
 * author's), so the author sees it at once without losing the pages already scrolled.
 */
export const useCreatePost = () => {
  const [createPost, { loading, error, reset }] = useMutation(CreatePostMutation);

  const submit = (input: { body: string; kind: PostKind; spaceId: string | null }) =>
    createPost({
      variables: { input },
      update: (cache, { data }) => {
        const post = data?.createPost;
        if (!post) return;
        cache.modify({
          id: 'ROOT_QUERY',
          fields: {
            homeFeed: (existing, { toReference, storeFieldName }) => {
              const ref = toReference({ __typename: 'Post', id: post.id });
              // TOP is ranked by the server: a fresh post has no place to claim there yet.
              return ref && keyArgsOf(storeFieldName).mode !== 'TOP' ? addEdgeToConnection(existing, ref, 'PostEdge', 'start') : existing;
            },
            spaceFeed: (existing, { toReference, storeFieldName }) => {
              const ref = toReference({ __typename: 'Post', id: post.id });
              return ref && post.space && keyArgsOf(storeFieldName).spaceId === post.space.id
                ? addEdgeToConnection(existing, ref, 'PostEdge', 'start')
                : existing;
            },
            userFeed: (existing, { toReference, storeFieldName }) => {
              const ref = toReference({ __typename: 'Post', id: post.id });
              return ref && keyArgsOf(storeFieldName).userId === post.author.id
                ? addEdgeToConnection(existing, ref, 'PostEdge', 'start')
                : existing;
            },
          },
        });
      },
    });

  return { submit, loading, error, reset };
};
