import { useCallback, useState } from 'react';
import type { FeedMode } from 'src/gql/graphql';

const FEED_MODE_KEY = 'chantier.feedMode';

const readMode = (): FeedMode => {
  try {
    return window.localStorage.getItem(FEED_MODE_KEY) === 'TOP' ? 'TOP' : 'RECENT';
  } catch {
    return 'RECENT';
  }
};

/** The home feed's order, remembered on this device. */
export const useFeedMode = () => {
  const [mode, setModeState] = useState<FeedMode>(readMode);
  const setMode = useCallback((next: FeedMode) => {
    setModeState(next);
    try {
      window.localStorage.setItem(FEED_MODE_KEY, next);
    } catch {
      // Storage disabled: the choice lasts until the page is left.
    }
  }, []);
  return { mode, setMode };
};
