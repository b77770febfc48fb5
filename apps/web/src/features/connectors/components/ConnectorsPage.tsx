import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorNotice, Icon, PageHeader, PageLoader } from '@chantier/ui';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { ConnectorCard } from 'src/features/connectors/components/ConnectorCard';
import { ConnectorsQuery } from 'src/features/connectors/graphql/connectors.queries';

export const ConnectorsPage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(ConnectorsQuery, { fetchPolicy: 'cache-and-network' });
  const connectors = data?.connectors;

  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title={t('connectors.title')}
        subtitle={t('connectors.subtitle')}
        actions={
          <Group gap="xs">
            <Button
              component={Link}
              to="/admin/inbox"
              variant="default"
              leftSection={<Icon name="inbox" />}
              data-testid="connectors-all-inbox"
            >
              {t('connectors.list.inbox')}
            </Button>
            <Button component={Link} to="/admin/connectors/new" leftSection={<Icon name="plus" />} data-testid="connectors-new">
              {t('connectors.list.new')}
            </Button>
          </Group>
        }
      />
      {error && !connectors ? (
        <ErrorNotice
          title={t('connectors.list.loadError')}
          message={errorMessage(error)}
          retryLabel={t('common.actions.retry')}
          onRetry={() => void refetch()}
        />
      ) : null}
      {loading && !connectors ? <PageLoader label={t('common.loading')} /> : null}
      {connectors && connectors.length === 0 ? (
        <EmptyState
          icon={<Icon name="plug" size={28} />}
          title={t('connectors.list.empty')}
          description={t('connectors.list.emptyDescription')}
          data-testid="connectors-empty"
        />
      ) : null}
      {connectors?.map((connector) => (
        <ConnectorCard key={connector.id} connector={connector} />
      ))}
    </Stack>
  );
};
