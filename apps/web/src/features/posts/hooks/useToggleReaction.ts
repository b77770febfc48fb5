import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ReactMutation, UnreactMutation } from 'src/features/posts/graphql/reactions.mutations';
import { type ReactionCountLike, toggleReactionCounts } from 'src/features/posts/reactions';
import type { ReactionType } from 'src/gql/graphql';

export interface ReactionTarget {
  /** Reactions exist on posts and on comments; the cache entity is found by type + id. */
  typename: 'Post' | 'Comment';
  id: string;
  counts: readonly ReactionCountLike[];
  viewerReaction: ReactionType | null;
}

interface Summary {
  targetId: string;
  viewerReaction: ReactionType | null;
  reactionCounts: ReadonlyArray<ReactionCountLike & { __typename?: 'ReactionCount' }>;
}

// The payload has no id of its own, so copy it onto the target entity by hand.
const writeSummary = (cache: ApolloCache, typename: ReactionTarget['typename'], summary: Summary | undefined) => {
  if (!summary) return;
  cache.modify({
    id: cache.identify({ __typename: typename, id: summary.targetId }),
    fields: {
      reactionCounts: () => summary.reactionCounts.map((c) => ({ __typename: 'ReactionCount', type: c.type, count: c.count })),
      viewerReaction: () => summary.viewerReaction,
    },
  });
};

/** Toggles the viewer's reaction: same type again removes it, another type replaces it. */
export const useToggleReaction = () => {
  const [react, reactState] = useMutation(ReactMutation);
  const [unreact, unreactState] = useMutation(UnreactMutation);

  const toggle = useCallback(
    async (target: ReactionTarget, type: ReactionType) => {
      const next = toggleReactionCounts(target.counts, target.viewerReaction, type);
      const summary = {
        __typename: 'ReactionSummary' as const,
        targetId: target.id,
        viewerReaction: next.viewerReaction,
        reactionCounts: next.counts.map((c) => ({ __typename: 'ReactionCount' as const, ...c })),
      };
      if (next.viewerReaction === null) {
        await unreact({
          variables: { targetId: target.id },
          optimisticResponse: { unreact: summary },
          update: (cache, { data }) => writeSummary(cache, target.typename, data?.unreact),
        });
      } else {
        await react({
          variables: { targetId: target.id, type },
          optimisticResponse: { react: summary },
          update: (cache, { data }) => writeSummary(cache, target.typename, data?.react),
        });
      }
    },
    [react, unreact],
  );

  return { toggle, error: reactState.error ?? unreactState.error };
};
