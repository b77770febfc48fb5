import { useQuery } from '@apollo/client/react';
import { ErrorNotice, Icon, PageHeader, PageLoader } from '@chantier/ui';
import { Group, Stack, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { getErrorReason, isNotFoundError } from 'src/app/apollo/error-reason';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { FeedList } from 'src/features/feed/components/FeedList';
import { FEED_PAGE_SIZE } from 'src/features/feed/hooks/useFeeds';
import { HashtagFeedQuery, HashtagQuery } from 'src/features/hashtags/graphql/hashtags.queries';
import { NotFoundPage } from 'src/features/not-found/components/NotFoundPage';

const HashtagFeed = ({ tag }: { tag: string }) => {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore, refetch } = useQuery(HashtagFeedQuery, {
    variables: { tag, first: FEED_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <FeedList
      connection={data?.hashtagFeed}
      loading={loading}
      error={error}
      fetchMore={(options) => fetchMore(options)}
      refetch={() => refetch()}
      emptyTitle={t('hashtags.emptyTitle')}
    />
  );
};

/** `/tags/:tag`: the posts the viewer may read that carry the tag. */
export const HashtagPage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { tag: rawTag = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(HashtagQuery, { variables: { tag: rawTag }, fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <PageLoader label={t('common.loading')} />;
  // Not a tag, or no post the viewer may read carries it: both look like a missing page.
  if (isNotFoundError(error) || getErrorReason(error) === 'INVALID_HASHTAG' || (data && !data.hashtag)) return <NotFoundPage />;
  if (!data?.hashtag) {
    return (
      <ErrorNotice
        title={t('hashtags.loadError')}
        message={errorMessage(error)}
        retryLabel={t('common.actions.retry')}
        onRetry={() => void refetch()}
      />
    );
  }

  const { tag, postCount } = data.hashtag;
  return (
    <Stack gap="md">
      <Group gap="sm" wrap="nowrap" align="flex-start" data-testid="hashtag-header">
        <ThemeIcon size={44} radius="md" variant="light" mt={4}>
          <Icon name="hash" size={26} />
        </ThemeIcon>
        <PageHeader title={`#${tag}`} subtitle={t('hashtags.postCount', { count: postCount })} />
      </Group>
      <HashtagFeed tag={tag} />
    </Stack>
  );
};
