import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorNotice, Icon, PageLoader } from '@chantier/ui';
import { Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isNotFoundError } from 'src/app/apollo/error-reason';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { NotFoundPage } from 'src/features/not-found/components/NotFoundPage';
import { Composer } from 'src/features/posts/components/Composer';
import { SpaceFeed } from 'src/features/spaces/components/SpaceFeed';
import { SpaceHeader } from 'src/features/spaces/components/SpaceHeader';
import { SpaceMembers } from 'src/features/spaces/components/SpaceMembers';
import { SpaceProjectPanel } from 'src/features/spaces/components/SpaceProjectPanel';
import { SpacePageQuery } from 'src/features/spaces/graphql/spaces.queries';

export const SpacePage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SpacePageQuery, { variables: { slug } });

  if (loading && !data) return <PageLoader label={t('common.loading')} />;
  if (isNotFoundError(error) || (data && !data.space)) return <NotFoundPage />;
  if (!data?.space) {
    return (
      <ErrorNotice
        title={t('spaces.page.loadError')}
        message={errorMessage(error)}
        retryLabel={t('common.actions.retry')}
        onRetry={() => void refetch()}
      />
    );
  }

  const { space } = data;
  // PRIVATE spaces are listed to everyone, but only members read their content.
  const canRead = space.visibility === 'PUBLIC' || Boolean(space.viewerRole);

  return (
    <Stack gap="md">
      <SpaceHeader space={space} />
      {space.kind === 'PROJECT' ? <SpaceProjectPanel space={space} /> : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            {space.viewerCanPost ? <Composer spaceId={space.id} /> : null}
            {canRead ? (
              <SpaceFeed spaceId={space.id} />
            ) : (
              <EmptyState
                icon={<Icon name="lock" size={28} />}
                title={t('spaces.page.membersOnlyTitle')}
                description={t('spaces.page.membersOnlyDescription')}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>{canRead ? <SpaceMembers slug={slug} /> : null}</Grid.Col>
      </Grid>
    </Stack>
  );
};
