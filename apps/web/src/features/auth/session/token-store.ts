// The bearer token lives in localStorage so a reload keeps the session; every reader subscribes
// through this module so clearing it (logout, UNAUTHENTICATED) re-renders the guards at once.
const TOKEN_KEY = 'chantier.token';

type Listener = () => void;
const listeners = new Set<Listener>();

const readStorage = (): string | null => {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    // Storage can be disabled (private mode, policies): behave as logged out.
    return null;
  }
};

let current: string | null = readStorage();

const emit = () => {
  for (const listener of listeners) listener();
};

export const getToken = (): string | null => current;

export const setToken = (token: string): void => {
  current = token;
  try {
    window.localStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Keep the in-memory token: the session then lasts until the tab closes.
  }
  emit();
};

export const clearToken = (): void => {
  if (current === null) return;
  current = null;
  try {
    window.localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Nothing to remove when storage is unavailable.
  }
  emit();
};

export const subscribeToken = (listener: Listener): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

// Another tab logging out (or in) must not leave this one on a stale session.
window.addEventListener('storage', (event) => {
  if (event.key !== TOKEN_KEY) return;
  current = event.newValue;
  emit();
});
