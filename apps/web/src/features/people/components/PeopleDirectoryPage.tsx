import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorNotice, Icon, PageHeader, PageLoader } from '@chantier/ui';
import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { LoadMore } from 'src/app/pagination/LoadMore';
import { useConnectionPages } from 'src/app/pagination/useConnectionPages';
import { PersonCardItem } from 'src/features/people/components/PersonCardItem';
import { PeopleDirectoryQuery } from 'src/features/people/graphql/people.queries';

const PAGE_SIZE = 30;

export const PeopleDirectoryPage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 300);
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(PeopleDirectoryQuery, {
    variables: { query: query || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.users;
  const { hasMore, loadingMore, loadMore } = useConnectionPages(connection?.pageInfo, (options) => fetchMore(options));

  return (
    <Stack gap="md">
      <PageHeader title={t('people.directory.title')} subtitle={t('people.directory.subtitle')} />
      <TextInput
        type="search"
        aria-label={t('people.directory.search')}
        placeholder={t('people.directory.search')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        data-testid="people-search"
      />
      {error && !connection ? (
        <ErrorNotice
          title={t('people.directory.loadError')}
          message={errorMessage(error)}
          retryLabel={t('common.actions.retry')}
          onRetry={() => void refetch()}
        />
      ) : null}
      {loading && !connection ? <PageLoader label={t('common.loading')} /> : null}
      {connection && connection.edges.length === 0 ? (
        <EmptyState
          icon={<Icon name="search" size={28} />}
          title={t('people.directory.emptyTitle')}
          description={t('people.directory.emptyDescription')}
        />
      ) : null}
      {connection && connection.edges.length > 0 ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="people-list">
          {connection.edges.map((edge) => (
            <PersonCardItem key={edge.node.id} user={edge.node} />
          ))}
        </SimpleGrid>
      ) : null}
      <LoadMore hasMore={hasMore} loading={loadingMore} onLoadMore={loadMore} label={t('people.directory.more')} />
    </Stack>
  );
};
