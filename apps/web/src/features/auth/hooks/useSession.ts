import { useSyncExternalStore } from 'react';
import { getToken, subscribeToken } from 'src/features/auth/session/token-store';

/** The current bearer token, or null when logged out; re-renders when it changes. */
export const useSessionToken = (): string | null => useSyncExternalStore(subscribeToken, getToken, () => null);
