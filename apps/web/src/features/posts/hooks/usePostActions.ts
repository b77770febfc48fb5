import { useMutation } from '@apollo/client/react';
import { DeletePostMutation, EditPostMutation, PinPostMutation } from 'src/features/posts/graphql/posts.mutations';

export const useEditPost = () => {
  const [editPost, { loading, error }] = useMutation(EditPostMutation);
  // The payload carries the post id, so the normalised cache updates every list by itself.
  const edit = (id: string, body: string) => editPost({ variables: { id, body } });
  return { edit, loading, error };
};

export const usePinPost = () => {
  const [pinPost, { loading, error }] = useMutation(PinPostMutation);
  const pin = (id: string, pinned: boolean) =>
    pinPost({ variables: { id, pinned }, optimisticResponse: { pinPost: { __typename: 'Post', id, pinned } } });
  return { pin, loading, error };
};

export const useDeletePost = () => {
  const [deletePost, { loading, error }] = useMutation(DeletePostMutation);
  const remove = (id: string) =>
    deletePost({
      variables: { id },
      update: (cache, { data }) => {
        if (!data?.deletePost) return;
        // Feeds skip edges whose node is gone (relayStylePagination reads only readable nodes).
        cache.evict({ id: cache.identify({ __typename: 'Post', id }) });
        cache.gc();
      },
    });
  return { remove, loading, error };
};
