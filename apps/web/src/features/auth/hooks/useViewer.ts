import { useQuery } from '@apollo/client/react';
import { MeQuery, ViewerFragment } from 'src/features/auth/graphql/auth.queries';
import { useSessionToken } from 'src/features/auth/hooks/useSession';
import { getFragmentData } from 'src/gql';

/** The signed-in user (null while loading or logged out). */
export const useViewer = () => {
  const token = useSessionToken();
  const { data, loading, error } = useQuery(MeQuery, { skip: !token });
  const viewer = getFragmentData(ViewerFragment, data?.me) ?? null;
  return { viewer, loading, error };
};
