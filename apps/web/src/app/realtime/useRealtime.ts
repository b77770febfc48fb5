import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { createLiveUpdates } from 'src/app/realtime/live-updates';
import { newPostsStore } from 'src/app/realtime/new-posts-store';
import { createResync, notingEvents } from 'src/app/realtime/resync';
import { MeQuery } from 'src/features/auth/graphql/auth.queries';
import { useSessionToken } from 'src/features/auth/hooks/useSession';
import { clearToken, getToken } from 'src/features/auth/session/token-store';

/**
 * Keeps one realtime socket open while someone is signed in (a new token, a new socket) and
 * merges what it brings into the Apollo cache, so every mounted view updates by itself.
 */
export const useRealtime = () => {
  const client = useApolloClient();
  const token = useSessionToken();

  useEffect(() => {
    if (!token) return undefined;
    let disconnect: (() => void) | undefined;
    let cancelled = false;
    // The viewer is known from `ready`, which comes before any content event.
    const live = createLiveUpdates(client);
    const resync = createResync(() => client.refetchQueries({ include: 'active' }));
    const handlers = notingEvents(live.handlers, resync);
    // socket.io-client is its own chunk: the first paint does not wait for it.
    void import('src/app/realtime/realtime-connection').then(({ connectRealtime }) => {
      if (cancelled) return;
      disconnect = connectRealtime({
        getToken,
        handlers,
        onReady: (userId) => {
          live.setViewer(userId);
          // Events are not replayed: whatever is on screen is fetched again (see resync.ts).
          void resync.run();
        },
        onSessionEnded: clearToken,
        checkSession: () => client.query({ query: MeQuery, fetchPolicy: 'network-only' }),
      });
    });
    return () => {
      cancelled = true;
      disconnect?.();
      newPostsStore.clear();
    };
  }, [client, token]);
};
