import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorNotice, Icon, PageHeader, PageLoader } from '@chantier/ui';
import { Button, Group, SegmentedControl, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { LoadMore } from 'src/app/pagination/LoadMore';
import { useConnectionPages } from 'src/app/pagination/useConnectionPages';
import { SpaceCardItem } from 'src/features/spaces/components/SpaceCardItem';
import { SpacesDirectoryQuery } from 'src/features/spaces/graphql/spaces.queries';
import type { SpaceFilter, SpaceKind } from 'src/gql/graphql';

const PAGE_SIZE = 24;
type KindFilter = 'ALL' | SpaceKind;

export const SpacesDirectoryPage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [kind, setKind] = useState<KindFilter>('ALL');
  const [search, setSearch] = useState('');
  const [mine, setMine] = useState(false);
  const [query] = useDebouncedValue(search.trim(), 300);

  // Only set keys enter the filter, so equal filters share one cached list.
  const filter: SpaceFilter = {
    ...(kind !== 'ALL' ? { kind } : {}),
    ...(query ? { query } : {}),
    ...(mine ? { mine: true } : {}),
  };
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(SpacesDirectoryQuery, {
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.spaces;
  const { hasMore, loadingMore, loadMore } = useConnectionPages(connection?.pageInfo, (options) => fetchMore(options));

  return (
    <Stack gap="md">
      <PageHeader
        title={t('spaces.directory.title')}
        subtitle={t('spaces.directory.subtitle')}
        actions={
          <Button component={Link} to="/spaces/new" data-testid="space-new">
            {t('spaces.directory.create')}
          </Button>
        }
      />
      <Group gap="sm" wrap="wrap" align="center">
        <TextInput
          type="search"
          aria-label={t('spaces.directory.search')}
          placeholder={t('spaces.directory.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
          data-testid="space-search"
        />
        <SegmentedControl
          value={kind}
          onChange={(value) => setKind(value as KindFilter)}
          aria-label={t('spaces.directory.kindFilter')}
          data={[
            { value: 'ALL', label: t('spaces.directory.allKinds') },
            { value: 'GROUP', label: t('spaces.kind.GROUP') },
            { value: 'PROJECT', label: t('spaces.kind.PROJECT') },
          ]}
          data-testid="space-kind-filter"
        />
        <Switch
          label={t('spaces.directory.mine')}
          checked={mine}
          onChange={(event) => setMine(event.currentTarget.checked)}
          data-testid="space-mine-filter"
        />
      </Group>

      {error && !connection ? (
        <ErrorNotice
          title={t('spaces.directory.loadError')}
          message={errorMessage(error)}
          retryLabel={t('common.actions.retry')}
          onRetry={() => void refetch()}
        />
      ) : null}
      {loading && !connection ? <PageLoader label={t('common.loading')} /> : null}
      {connection && connection.edges.length === 0 ? (
        <EmptyState
          icon={<Icon name="spaces" size={28} />}
          title={t('spaces.directory.emptyTitle')}
          description={t('spaces.directory.emptyDescription')}
        />
      ) : null}
      {connection && connection.edges.length > 0 ? (
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md" data-testid="space-list">
          {connection.edges.map((edge) => (
            <SpaceCardItem key={edge.node.id} space={edge.node} />
          ))}
        </SimpleGrid>
      ) : null}
      <LoadMore hasMore={hasMore} loading={loadingMore} onLoadMore={loadMore} label={t('spaces.directory.more')} />
    </Stack>
  );
};
