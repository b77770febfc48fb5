import { Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FeedList } from 'src/features/feed/components/FeedList';
import { useFeedMode } from 'src/features/feed/hooks/useFeedMode';
import { useHomeFeed } from 'src/features/feed/hooks/useFeeds';
import { Composer } from 'src/features/posts/components/Composer';
import type { FeedMode } from 'src/gql/graphql';

export const HomeFeedPage = () => {
  const { t } = useTranslation();
  const { mode, setMode } = useFeedMode();
  const { connection, loading, error, fetchMore, refetch } = useHomeFeed(mode);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Title order={1} size="h2">
          {t('feed.home.title')}
        </Title>
        <SegmentedControl
          size="xs"
          radius="xl"
          value={mode}
          onChange={(value) => setMode(value as FeedMode)}
          data={[
            { value: 'RECENT', label: t('feed.mode.RECENT') },
            { value: 'TOP', label: t('feed.mode.TOP') },
          ]}
          aria-label={t('feed.mode.label')}
          data-testid="feed-mode"
        />
      </Group>
      <Composer />
      <FeedList
        key={mode}
        connection={connection}
        loading={loading}
        error={error}
        fetchMore={(options) => fetchMore(options)}
        refetch={() => refetch()}
        emptyTitle={t('feed.home.emptyTitle')}
        emptyDescription={t('feed.home.emptyDescription')}
        // TOP is ranked by the server: new posts find their place at the next refresh.
        liveKey={mode === 'RECENT' ? 'home' : null}
      />
    </Stack>
  );
};
