import { useMutation } from '@apollo/client/react';
import { JoinSpaceMutation, LeaveSpaceMutation } from 'src/features/spaces/graphql/spaces.mutations';
import { SpaceMembersQuery, SpacePageQuery } from 'src/features/spaces/graphql/spaces.queries';

/** `withMembers`: the space page also shows the member list, which the join changes. */
export const useJoinSpace = ({ withMembers = false }: { withMembers?: boolean } = {}) => {
  const [joinSpace, { loading, error }] = useMutation(JoinSpaceMutation, {
    refetchQueries: withMembers ? [SpaceMembersQuery] : [],
    // The composer lists "my spaces": drop that list so it reloads with the new one.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'spaces', args: { filter: { mine: true } } });
    },
  });
  const join = (spaceId: string) => joinSpace({ variables: { spaceId } });
  return { join, loading, error };
};

export const useLeaveSpace = () => {
  const [leaveSpace, { loading, error }] = useMutation(LeaveSpaceMutation, {
    // The payload is a bare Boolean: reload what depends on membership (rights, members).
    refetchQueries: [SpacePageQuery, SpaceMembersQuery],
    awaitRefetchQueries: true,
  });
  const leave = (spaceId: string) =>
    leaveSpace({
      variables: { spaceId },
      update: (cache, { data }) => {
        if (!data?.leaveSpace) return;
        cache.modify({
          id: cache.identify({ __typename: 'Space', id: spaceId }),
          fields: {
            viewerRole: () => null,
            memberCount: (count: number) => Math.max(0, count - 1),
          },
        });
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'spaces' });
      },
    });
  return { leave, loading, error };
};
