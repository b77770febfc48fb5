import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';

import { AddCommentMutation } from 'src/features/posts/graphql/posts.mutations';

interface StoredConnection {
  edges?: Array<{ __typename?: string; cursor: string; node: Reference }>;
  [key: string]: unknown;
}

/** Adds a comment (or a reply when `parentId` is set) and shows it without refetching. */
export const useAddComment = (postId: string) => {
  const [addComment, { loading, error, reset }] = useMutation(AddCommentMutation);

  const submit = (body: string, parentId?: string | null) =>
    addComment({
      variables: { postId, body, parentId: parentId ?? null },
      update: (cache, { data }) => {
        const comment = data?.addComment;
        if (!comment) return;
        cache.modify({
          id: cache.identify({ __typename: 'Post', id: postId }),
          fields: {
            commentCount: (count: number) => count + 1,
            // Comments are oldest first: the new one goes last. If more pages remain on the
            // server, the next fetchMore re-splices the list after its cursor anyway.
            comments: (existing: StoredConnection, { toReference }) => {
              const ref = toReference({ __typename: 'Comment', id: comment.id });
              if (!ref || !existing.edges) return existing;
              if (existing.edges.some((edge) => edge.node.__ref === ref.__ref)) return existing;
              return { ...existing, edges: [...existing.edges, { __typename: 'CommentEdge', cursor: '', node: ref }] };
            },
          },
        });
      },
    });

  return { submit, loading, error, reset };
};
