import { useTranslation } from 'react-i18next';
import { FeedList } from 'src/features/feed/components/FeedList';
import { useSpaceFeed } from 'src/features/feed/hooks/useFeeds';

export const SpaceFeed = ({ spaceId }: { spaceId: string }) => {
  const { t } = useTranslation();
  const { connection, loading, error, fetchMore, refetch } = useSpaceFeed(spaceId);
  return (
    <FeedList
      connection={connection}
      loading={loading}
      error={error}
      fetchMore={(options) => fetchMore(options)}
      refetch={() => refetch()}
      emptyTitle={t('spaces.feed.emptyTitle')}
      emptyDescription={t('spaces.feed.emptyDescription')}
      showSpace={false}
      liveKey={`space:${spaceId}`}
    />
  );
};
