import { useQuery } from '@apollo/client/react';
import { ErrorNotice, PersonCard } from '@chantier/ui';
import { Badge, Skeleton, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { LoadMore } from 'src/app/pagination/LoadMore';
import { useConnectionPages } from 'src/app/pagination/useConnectionPages';
import { SpaceMembersQuery } from 'src/features/spaces/graphql/spaces.queries';

const PAGE_SIZE = 12;

export const SpaceMembers = ({ slug }: { slug: string }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { data, loading, error, fetchMore, refetch } = useQuery(SpaceMembersQuery, {
    variables: { slug, first: PAGE_SIZE },
  });
  const connection = data?.space?.members;
  const { hasMore, loadingMore, loadMore } = useConnectionPages(connection?.pageInfo, (options) => fetchMore(options));

  return (
    <Stack gap="xs" component="section" aria-labelledby="space-members-title" data-testid="space-members">
      <Title order={3} size="h4" id="space-members-title">
        {t('spaces.members.title')}
      </Title>
      {error && !data ? (
        <ErrorNotice
          title={t('spaces.members.loadError')}
          message={errorMessage(error)}
          retryLabel={t('common.actions.retry')}
          onRetry={() => void refetch()}
        />
      ) : null}
      {loading && !data ? <Skeleton h={120} radius="md" /> : null}
      {connection?.edges.length === 0 ? <div>{t('spaces.members.empty')}</div> : null}
      {connection?.edges.map(({ node }) => (
        <PersonCard
          key={node.user.id}
          handle={node.user.handle}
          name={node.user.displayName}
          href={`/people/${node.user.handle}`}
          subtitle={node.user.title}
          action={
            node.role !== 'MEMBER' ? (
              <Badge size="sm" variant="light" color="teal">
                {t(`spaces.role.${node.role}`)}
              </Badge>
            ) : null
          }
        />
      ))}
      <LoadMore hasMore={hasMore} loading={loadingMore} onLoadMore={loadMore} label={t('spaces.members.more')} auto={false} />
    </Stack>
  );
};
