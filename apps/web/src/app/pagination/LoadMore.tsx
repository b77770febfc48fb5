import { Button, Center, Loader } from '@mantine/core';
import { useEffect, useRef } from 'react';

export interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** Visible fallback button label (keyboard users, or when the observer is unavailable). */
  label: string;
  /** Load automatically when the sentinel scrolls into view. */
  auto?: boolean;
}

/**
 * Infinite scroll sentinel: an IntersectionObserver asks for the next page a little before the
 * end of the list is reached; the button stays as an explicit, accessible fallback.
 */
export const LoadMore = ({ hasMore, loading, onLoadMore, label, auto = true }: LoadMoreProps) => {
  const sentinel = useRef<HTMLDivElement>(null);
  // The observer callback reads the latest props without re-subscribing on every render.
  const latest = useRef({ hasMore, loading, onLoadMore });
  useEffect(() => {
    latest.current = { hasMore, loading, onLoadMore };
  });

  useEffect(() => {
    const node = sentinel.current;
    if (!auto || !node || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const { hasMore: more, loading: busy, onLoadMore: load } = latest.current;
        if (entries.some((entry) => entry.isIntersecting) && more && !busy) load();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [auto, hasMore]);

  if (!hasMore) return null;
  return (
    <Center ref={sentinel} py="md" data-testid="load-more">
      {loading ? (
        <Loader size="sm" />
      ) : (
        <Button variant="subtle" onClick={onLoadMore}>
          {label}
        </Button>
      )}
    </Center>
  );
};
