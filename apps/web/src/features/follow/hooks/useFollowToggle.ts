import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { FollowMutation, UnfollowMutation } from 'src/features/follow/graphql/follow.mutations';

export interface FollowTarget {
  /** Both people and spaces can be followed; the flag lives on the cached entity. */
  typename: 'User' | 'Space';
  id: string;
  following: boolean;
}

const setFollowing = (cache: ApolloCache, target: FollowTarget, following: boolean) => {
  cache.modify({
    id: cache.identify({ __typename: target.typename, id: target.id }),
    fields: { viewerFollows: () => following },
  });
};

export const useFollowToggle = () => {
  const [follow, followState] = useMutation(FollowMutation);
  const [unfollow, unfollowState] = useMutation(UnfollowMutation);

  // The mutations answer a bare Boolean, so the flag is written to the cache by hand.
  const toggle = async (target: FollowTarget) => {
    const variables = { targetId: target.id };
    if (target.following) {
      await unfollow({
        variables,
        optimisticResponse: { unfollow: true },
        update: (cache, { data }) => data?.unfollow && setFollowing(cache, target, false),
      });
    } else {
      await follow({
        variables,
        optimisticResponse: { follow: true },
        update: (cache, { data }) => data?.follow && setFollowing(cache, target, true),
      });
    }
  };

  return { toggle, loading: followState.loading || unfollowState.loading, error: followState.error ?? unfollowState.error };
};
