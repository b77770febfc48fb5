import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorNotice, Icon, PageHeader, PageLoader } from '@chantier/ui';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { hasErrorCode } from 'src/app/apollo/error-reason';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { LoadMore } from 'src/app/pagination/LoadMore';
import { useConnectionPages } from 'src/app/pagination/useConnectionPages';
import { SearchResultItem } from 'src/features/search/components/SearchResultItem';
import { SearchQuery } from 'src/features/search/graphql/search.queries';
import { SEARCH_KINDS, toSearchKind } from 'src/features/search/search-params';
import type { SearchKind } from 'src/gql/graphql';

const PAGE_SIZE = 20;

const KindFilter = ({ kind, onChange }: { kind: SearchKind | null; onChange: (kind: SearchKind | null) => void }) => {
  const { t } = useTranslation();
  const options: Array<SearchKind | null> = [null, ...SEARCH_KINDS];
  return (
    <Group gap={6} wrap="wrap" role="group" aria-label={t('search.filterLabel')}>
      {options.map((option) => (
        <Button
          key={option ?? 'ALL'}
          size="compact-sm"
          radius="xl"
          variant={option === kind ? 'filled' : 'default'}
          aria-pressed={option === kind}
          onClick={() => onChange(option)}
          data-testid={`search-kind-${option ?? 'ALL'}`}
        >
          {option ? t(`search.filter.${option}`) : t('search.filter.ALL')}
        </Button>
      ))}
    </Group>
  );
};

/** `/search?q=…&kind=…`: results best first, with the snippet the server highlighted. */
export const SearchPage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const query = params.get('q');
  const kind = toSearchKind(params.get('kind'));
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(SearchQuery, {
    variables: { query: query ?? '', first: PAGE_SIZE, filter: kind ? { kinds: [kind] } : null },
    skip: query === null,
    fetchPolicy: 'cache-and-network',
  });
  const connection = error ? undefined : (data ?? previousData)?.search;
  const { hasMore, loadingMore, loadMore } = useConnectionPages(connection?.pageInfo, (options) => fetchMore(options));

  const setKind = (next: SearchKind | null) => {
    const updated = new URLSearchParams(params);
    if (next) updated.set('kind', next);
    else updated.delete('kind');
    setParams(updated, { replace: true });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={query?.trim() ? t('search.resultsFor', { query: query.trim() }) : t('search.title')}
        subtitle={t('search.syntaxHint')}
      />
      <KindFilter kind={kind} onChange={setKind} />
      {query === null ? (
        <EmptyState icon={<Icon name="search" size={28} />} title={t('search.promptTitle')} description={t('search.promptDescription')} />
      ) : null}
      {error ? (
        <ErrorNotice
          title={t('search.errorTitle')}
          message={errorMessage(error)}
          // Retrying the same text cannot help when the text itself is refused (QUERY_EMPTY, QUERY_TOO_LONG).
          retryLabel={hasErrorCode(error, 'BAD_USER_INPUT') ? undefined : t('common.actions.retry')}
          onRetry={() => void refetch()}
        />
      ) : null}
      {query !== null && loading && !connection && !error ? <PageLoader label={t('common.loading')} /> : null}
      {connection && connection.edges.length === 0 ? (
        <EmptyState
          icon={<Icon name="search" size={28} />}
          title={t('search.emptyTitle')}
          description={t('search.emptyDescription')}
          data-testid="search-empty"
        />
      ) : null}
      {connection && connection.edges.length > 0 ? (
        <Stack gap="sm" data-testid="search-results" aria-busy={loading}>
          {connection.edges.map((edge) => (
            <SearchResultItem key={edge.cursor} result={edge.node} snippet={edge.snippet} />
          ))}
        </Stack>
      ) : null}
      <LoadMore hasMore={hasMore} loading={loadingMore} onLoadMore={loadMore} label={t('search.more')} />
    </Stack>
  );
};
