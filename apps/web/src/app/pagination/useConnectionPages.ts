import { useCallback, useState } from 'react';

interface PageInfoLike {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * Wraps Apollo's `fetchMore` for Relay connections: the cache's relayStylePagination merges the
 * pages, this only tracks the in-flight state so a page is never requested twice.
 */
export const useConnectionPages = (
  pageInfo: PageInfoLike | undefined,
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>,
) => {
  const [loadingMore, setLoadingMore] = useState(false);
  const endCursor = pageInfo?.endCursor ?? null;
  const hasMore = Boolean(pageInfo?.hasNextPage && endCursor);

  const loadMore = useCallback(() => {
    if (!endCursor || loadingMore) return;
    setLoadingMore(true);
    fetchMore({ variables: { after: endCursor } })
      .catch(() => undefined) // the query's own error state reports it
      .finally(() => setLoadingMore(false));
  }, [endCursor, fetchMore, loadingMore]);

  return { hasMore, loadingMore, loadMore };
};
