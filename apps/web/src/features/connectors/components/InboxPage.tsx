import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorNotice, Icon, PageHeader, PageLoader } from '@chantier/ui';
import { Accordion, Button, Card, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { LoadMore } from 'src/app/pagination/LoadMore';
import { useConnectionPages } from 'src/app/pagination/useConnectionPages';
import { InboundEventItem } from 'src/features/connectors/components/InboundEventItem';
import { ConnectorNameQuery } from 'src/features/connectors/graphql/connectors.queries';
import { InboundEventsQuery, INBOX_PAGE_SIZE } from 'src/features/connectors/graphql/inbox.queries';
import type { InboundEventStatus } from 'src/gql/graphql';

const STATUSES: InboundEventStatus[] = ['RECEIVED', 'PROCESSED', 'IGNORED', 'UNROUTED', 'FAILED'];
const ALL = 'ALL';

const statusFrom = (value: string | null): InboundEventStatus | null =>
  STATUSES.includes(value as InboundEventStatus) ? (value as InboundEventStatus) : null;

/** A connector's inbox (or every source's, SMTP mail included, without an id), filtered by status in the URL. */
export const InboxPage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { id } = useParams();
  const connectorId = id ?? null;
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get('status'));
  const { data: named } = useQuery(ConnectorNameQuery, { variables: { id: connectorId ?? '' }, skip: !connectorId });
  const { data, loading, error, refetch, fetchMore } = useQuery(InboundEventsQuery, {
    variables: { connectorId, status, first: INBOX_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.inboundEvents;
  const { hasMore, loadingMore, loadMore } = useConnectionPages(connection?.pageInfo, (options) => fetchMore(options));
  const title = connectorId
    ? named
      ? t('connectors.inbox.titleFor', { name: named.connector.name })
      : t('connectors.inbox.title')
    : t('connectors.inbox.allTitle');

  return (
    <Stack gap="md" maw={720}>
      <Button component={Link} to="/admin/connectors" variant="subtle" size="compact-sm" style={{ alignSelf: 'flex-start' }}>
        ← {t('connectors.inbox.back')}
      </Button>
      <PageHeader title={title} subtitle={t('connectors.inbox.subtitle')} />
      <Tabs
        value={status ?? ALL}
        onChange={(value) => setParams(value && value !== ALL ? { status: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value={ALL} data-testid="inbox-tab-ALL">
            {t('connectors.inbox.all')}
          </Tabs.Tab>
          {STATUSES.map((value) => (
            <Tabs.Tab key={value} value={value} data-testid={`inbox-tab-${value}`}>
              {t(`connectors.status.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {error && !connection ? (
        <ErrorNotice
          title={t('connectors.inbox.loadError')}
          message={errorMessage(error)}
          retryLabel={t('common.actions.retry')}
          onRetry={() => void refetch()}
        />
      ) : null}
      {loading && !connection ? <PageLoader label={t('common.loading')} /> : null}
      {connection && connection.edges.length === 0 ? (
        <EmptyState
          icon={<Icon name="inbox" size={28} />}
          title={t('connectors.inbox.empty')}
          description={t('connectors.inbox.emptyDescription')}
          data-testid="inbox-empty"
        />
      ) : null}
      {connection && connection.edges.length > 0 ? (
        <Card withBorder radius="md" p={0}>
          <Accordion chevronPosition="right" variant="default" data-testid="inbox-list">
            {connection.edges.map((edge) => (
              <InboundEventItem key={edge.node.id} event={edge.node} onReplayed={() => void refetch()} />
            ))}
          </Accordion>
        </Card>
      ) : null}
      <LoadMore hasMore={hasMore} loading={loadingMore} onLoadMore={loadMore} label={t('connectors.inbox.more')} />
    </Stack>
  );
};
