import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorNotice, Icon, PageHeader, PageLoader } from '@chantier/ui';
import { Button, Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { LoadMore } from 'src/app/pagination/LoadMore';
import { useConnectionPages } from 'src/app/pagination/useConnectionPages';
import { NotificationEntry } from 'src/features/notifications/components/NotificationEntry';
import { NOTIFICATIONS_PAGE_SIZE, NotificationsPageQuery } from 'src/features/notifications/graphql/notifications.queries';
import { useMarkNotificationsRead } from 'src/features/notifications/hooks/useMarkNotificationsRead';

export const NotificationsPage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { markRead, loading: marking } = useMarkNotificationsRead();
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsPageQuery, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.notifications;
  const { hasMore, loadingMore, loadMore } = useConnectionPages(connection?.pageInfo, (options) => fetchMore(options));
  const hasUnread = connection?.edges.some((edge) => !edge.node.read) ?? false;

  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title={t('notifications.title')}
        subtitle={t('notifications.subtitle')}
        actions={
          <Button
            variant="light"
            leftSection={<Icon name="checks" />}
            onClick={() => void markRead(null)}
            loading={marking}
            disabled={!hasUnread}
            data-testid="notifications-mark-all"
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      {error && !connection ? (
        <ErrorNotice
          title={t('notifications.loadError')}
          message={errorMessage(error)}
          retryLabel={t('common.actions.retry')}
          onRetry={() => void refetch()}
        />
      ) : null}
      {loading && !connection ? <PageLoader label={t('common.loading')} /> : null}
      {connection && connection.edges.length === 0 ? (
        <EmptyState
          icon={<Icon name="bell" size={28} />}
          title={t('notifications.emptyTitle')}
          description={t('notifications.emptyDescription')}
          data-testid="notifications-empty"
        />
      ) : null}
      {connection && connection.edges.length > 0 ? (
        <Card withBorder radius="md" p={4}>
          <Stack gap={2} data-testid="notification-list">
            {connection.edges.map((edge) => (
              <NotificationEntry
                key={edge.node.id}
                notification={edge.node}
                onOpen={(id, read) => (read ? undefined : void markRead([id]))}
              />
            ))}
          </Stack>
        </Card>
      ) : null}
      <LoadMore hasMore={hasMore} loading={loadingMore} onLoadMore={loadMore} label={t('notifications.more')} />
    </Stack>
  );
};
