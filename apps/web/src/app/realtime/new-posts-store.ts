import { useSyncExternalStore } from 'react';
import type { LivePost } from 'src/app/realtime/realtime-events';

/**
 * Posts by others that arrived live, per feed, waiting for the reader to ask for them: a feed
 * never jumps under the reader's eyes; a "N new posts" banner inserts them on click.
 * Keys: `home` (the RECENT home feed), `space:<id>`, `user:<id>`.
 */
export type FeedKey = 'home' | `space:${string}` | `user:${string}`;

// Beyond this a feed is better reloaded than patched; the oldest waiting posts are dropped.
const MAX_WAITING = 100;
const EMPTY: readonly LivePost[] = [];

const waiting = new Map<FeedKey, readonly LivePost[]>();
const listeners = new Set<() => void>();

const emit = () => {
  for (const listener of listeners) listener();
};

export const newPostsStore = {
  add(key: FeedKey, post: LivePost): void {
    const list = waiting.get(key) ?? EMPTY;
    if (list.some((item) => item.id === post.id)) return;
    waiting.set(key, [...list, post].slice(-MAX_WAITING));
    emit();
  },

  /** A deleted post stops waiting everywhere. */
  remove(postId: string): void {
    let changed = false;
    for (const [key, list] of waiting) {
      if (!list.some((item) => item.id === postId)) continue;
      waiting.set(
        key,
        list.filter((item) => item.id !== postId),
      );
      changed = true;
    }
    if (changed) emit();
  },

  /** Hands the waiting posts over (oldest first) and forgets them. */
  take(key: FeedKey): readonly LivePost[] {
    const list = waiting.get(key) ?? EMPTY;
    if (list.length === 0) return EMPTY;
    waiting.delete(key);
    emit();
    return list;
  },

  get(key: FeedKey): readonly LivePost[] {
    return waiting.get(key) ?? EMPTY;
  },

  /** A new session starts with nothing waiting. */
  clear(): void {
    if (waiting.size === 0) return;
    waiting.clear();
    emit();
  },

  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The posts waiting for one feed; a stable array between changes. */
export const useWaitingPosts = (key: FeedKey | null): readonly LivePost[] =>
  useSyncExternalStore(
    newPostsStore.subscribe,
    () => (key ? newPostsStore.get(key) : EMPTY),
    () => EMPTY,
  );
