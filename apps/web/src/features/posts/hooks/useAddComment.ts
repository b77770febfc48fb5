import { useMutation } from '@apollo/client/react';
import { addEdgeToConnection } from 'src/app/apollo/connection-cache';
import { claimCommentCount } from 'src/features/posts/comment-counts';
import { AddCommentMutation } from 'src/features/posts/graphql/posts.mutations';

/** Adds a comment (or a reply when `parentId` is set) and shows it without refetching. */
export const useAddComment = (postId: string) => {
  const [addComment, { loading, error, reset }] = useMutation(AddCommentMutation);

  const submit = (body: string, parentId?: string | null) =>
    addComment({
      variables: { postId, body, parentId: parentId ?? null },
      update: (cache, { data }) => {
        const comment = data?.addComment;
        if (!comment) return;
        // The realtime event may have set the count already (it carries the server's total).
        const countIt = claimCommentCount(comment.id);
        cache.modify({
          id: cache.identify({ __typename: 'Post', id: postId }),
          fields: {
            commentCount: (count: number) => (countIt ? count + 1 : count),
            // Comments are oldest first, so the new one goes last.
            comments: (existing, { toReference }) => {
              const ref = toReference({ __typename: 'Comment', id: comment.id });
              return ref ? addEdgeToConnection(existing, ref, 'CommentEdge', 'end') : existing;
            },
          },
        });
      },
    });

  return { submit, loading, error, reset };
};
