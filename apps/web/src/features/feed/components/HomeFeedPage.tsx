import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FeedList } from 'src/features/feed/components/FeedList';
import { useHomeFeed } from 'src/features/feed/hooks/useFeeds';
import { Composer } from 'src/features/posts/components/Composer';

export const HomeFeedPage = () => {
  const { t } = useTranslation();
  const { connection, loading, error, fetchMore, refetch } = useHomeFeed();

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('feed.home.title')}
      </Title>
      <Composer />
      <FeedList
        connection={connection}
        loading={loading}
        error={error}
        fetchMore={(options) => fetchMore(options)}
        refetch={() => refetch()}
        emptyTitle={t('feed.home.emptyTitle')}
        emptyDescription={t('feed.home.emptyDescription')}
      />
    </Stack>
  );
};
