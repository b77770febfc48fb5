import { EmptyState, ErrorNotice, Icon, PageLoader } from '@chantier/ui';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { LoadMore } from 'src/app/pagination/LoadMore';
import { useConnectionPages } from 'src/app/pagination/useConnectionPages';
import type { FeedKey } from 'src/app/realtime/new-posts-store';
import { NewPostsBanner } from 'src/features/feed/components/NewPostsBanner';
import { PostCard, type PostCardProps } from 'src/features/posts/components/PostCard';

interface FeedConnection {
  edges: Array<{ cursor: string; node: { id: string } & PostCardProps['post'] }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface FeedListProps {
  connection: FeedConnection | undefined;
  loading: boolean;
  error: unknown;
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>;
  refetch: () => Promise<unknown>;
  emptyTitle: string;
  emptyDescription?: string;
  showSpace?: boolean;
  /** Which live posts this feed offers with a "new posts" banner; none when ranked by the server. */
  liveKey?: FeedKey | null;
}

/** A Relay feed rendered as post cards, with infinite scroll. */
export const FeedList = ({
  connection,
  loading,
  error,
  fetchMore,
  refetch,
  emptyTitle,
  emptyDescription,
  showSpace = true,
  liveKey = null,
}: FeedListProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { hasMore, loadingMore, loadMore } = useConnectionPages(connection?.pageInfo, fetchMore);

  if (!connection) {
    if (error) {
      return (
        <ErrorNotice
          title={t('feed.loadError')}
          message={errorMessage(error)}
          retryLabel={t('common.actions.retry')}
          onRetry={() => void refetch()}
        />
      );
    }
    return loading ? <PageLoader label={t('common.loading')} /> : null;
  }

  const shownIds = new Set(connection.edges.map((edge) => edge.node.id));
  const banner = liveKey ? <NewPostsBanner feedKey={liveKey} shownIds={shownIds} /> : null;

  if (connection.edges.length === 0) {
    return (
      <>
        {banner}
        <EmptyState icon={<Icon name="inbox" size={28} />} title={emptyTitle} description={emptyDescription} data-testid="feed-empty" />
      </>
    );
  }

  return (
    <Stack gap="md" data-testid="feed">
      {banner}
      {connection.edges.map((edge) => (
        <PostCard key={edge.node.id} post={edge.node} showSpace={showSpace} />
      ))}
      <LoadMore hasMore={hasMore} loading={loadingMore} onLoadMore={loadMore} label={t('feed.loadMore')} />
    </Stack>
  );
};
