import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { MarkNotificationsReadMutation } from 'src/features/notifications/graphql/notifications.queries';
import { markReadInCache } from 'src/features/notifications/notifications-cache';

/** Marks notifications read (all of them with `null`), at once in the UI. */
export const useMarkNotificationsRead = () => {
  const [mutate, { loading }] = useMutation(MarkNotificationsReadMutation);
  const markRead = useCallback(
    (ids: string[] | null) =>
      mutate({
        variables: { ids },
        optimisticResponse: { markNotificationsRead: ids?.length ?? 0 },
        update: (cache) => markReadInCache(cache, ids),
      }).catch(() => undefined), // best effort: the next refresh shows the server's state
    [mutate],
  );
  return { markRead, loading };
};
