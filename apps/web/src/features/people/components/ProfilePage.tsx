import { useQuery } from '@apollo/client/react';
import { Avatar, ErrorNotice, PageLoader } from '@chantier/ui';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isNotFoundError } from 'src/app/apollo/error-reason';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { useViewer } from 'src/features/auth/hooks/useViewer';
import { FeedList } from 'src/features/feed/components/FeedList';
import { useUserFeed } from 'src/features/feed/hooks/useFeeds';
import { FollowButton } from 'src/features/follow/components/FollowButton';
import { NotFoundPage } from 'src/features/not-found/components/NotFoundPage';
import { ProfilePageQuery } from 'src/features/people/graphql/people.queries';

const UserPosts = ({ userId }: { userId: string }) => {
  const { t } = useTranslation();
  const { connection, loading, error, fetchMore, refetch } = useUserFeed(userId);
  return (
    <FeedList
      connection={connection}
      loading={loading}
      error={error}
      fetchMore={(options) => fetchMore(options)}
      refetch={() => refetch()}
      emptyTitle={t('people.profile.noPosts')}
      liveKey={`user:${userId}`}
    />
  );
};

export const ProfilePage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { handle = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(ProfilePageQuery, { variables: { handle } });

  if (loading && !data) return <PageLoader label={t('common.loading')} />;
  if (isNotFoundError(error) || (data && !data.user)) return <NotFoundPage />;
  if (!data?.user) {
    return (
      <ErrorNotice
        title={t('people.profile.loadError')}
        message={errorMessage(error)}
        retryLabel={t('common.actions.retry')}
        onRetry={() => void refetch()}
      />
    );
  }

  const { user } = data;
  const isMe = viewer?.id === user.id;

  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="lg" data-testid="profile-header">
        <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
          <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
            <Avatar name={user.displayName} size="xl" />
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
                {user.displayName}
              </Title>
              {user.title ? <Text>{user.title}</Text> : null}
              <Text size="sm" c="dimmed">
                {[user.department?.name, `@${user.handle}`].filter(Boolean).join(' · ')}
              </Text>
              <Anchor href={`mailto:${user.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {user.email}
              </Anchor>
            </Stack>
          </Group>
          {isMe ? (
            <Button component={Link} to="/me" variant="light" data-testid="profile-edit">
              {t('people.profile.edit')}
            </Button>
          ) : (
            <FollowButton target={{ typename: 'User', id: user.id, following: user.viewerFollows }} />
          )}
        </Group>
      </Card>
      <Title order={2} size="h3">
        {t('people.profile.posts')}
      </Title>
      <UserPosts userId={user.id} />
    </Stack>
  );
};
