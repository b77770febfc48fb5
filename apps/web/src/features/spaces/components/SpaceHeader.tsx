import { PageHeader } from '@chantier/ui';
import { Alert, Badge, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { FollowButton } from 'src/features/follow/components/FollowButton';
import { useJoinSpace, useLeaveSpace } from 'src/features/spaces/hooks/useSpaceMembership';
import { type FragmentType, getFragmentData, graphql } from 'src/gql';

export const SpaceHeaderFragment = graphql(`
  fragment SpaceHeader_space on Space {
    id
    slug
    name
    kind
    visibility
    description
    memberCount
    viewerRole
    viewerFollows
  }
`);

export const SpaceHeader = ({ space: spaceRef }: { space: FragmentType<typeof SpaceHeaderFragment> }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const space = getFragmentData(SpaceHeaderFragment, spaceRef);
  const { join, loading: joining, error: joinError } = useJoinSpace({ withMembers: true });
  const { leave, loading: leaving, error: leaveError } = useLeaveSpace();
  const error = joinError ?? leaveError;

  return (
    <>
      <PageHeader
        title={space.name}
        badges={
          <>
            <Badge variant="light" color={space.kind === 'PROJECT' ? 'orange' : 'blue'} data-testid="space-kind">
              {t(`spaces.kind.${space.kind}`)}
            </Badge>
            <Badge variant="outline" color="gray" data-testid="space-visibility">
              {t(`spaces.visibility.${space.visibility}`)}
            </Badge>
            {space.viewerRole ? (
              <Badge variant="light" color="teal">
                {t(`spaces.role.${space.viewerRole}`)}
              </Badge>
            ) : null}
          </>
        }
        subtitle={
          <>
            {space.description ? <div style={{ whiteSpace: 'pre-line' }}>{space.description}</div> : null}
            <div>{t('spaces.memberCount', { count: space.memberCount })}</div>
          </>
        }
        actions={
          <>
            {space.viewerRole ? (
              <Button
                variant="default"
                loading={leaving}
                onClick={() => void leave(space.id).catch(() => undefined)}
                data-testid="space-leave"
              >
                {t('spaces.actions.leave')}
              </Button>
            ) : space.visibility === 'PUBLIC' ? (
              <Button loading={joining} onClick={() => void join(space.id).catch(() => undefined)} data-testid="space-join">
                {t('spaces.actions.join')}
              </Button>
            ) : null}
            <FollowButton target={{ typename: 'Space', id: space.id, following: space.viewerFollows }} />
          </>
        }
      />
      {error ? (
        <Alert color="red" role="alert" mb="md">
          {errorMessage(error)}
        </Alert>
      ) : null}
    </>
  );
};
