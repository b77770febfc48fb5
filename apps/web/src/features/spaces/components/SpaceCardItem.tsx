import { SpaceCard } from '@chantier/ui';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useJoinSpace } from 'src/features/spaces/hooks/useSpaceMembership';
import { type FragmentType, getFragmentData, graphql } from 'src/gql';

export const SpaceCardItemFragment = graphql(`
  fragment SpaceCardItem_space on Space {
    id
    slug
    name
    kind
    visibility
    description
    memberCount
    viewerRole
  }
`);

export const SpaceCardItem = ({ space: spaceRef }: { space: FragmentType<typeof SpaceCardItemFragment> }) => {
  const { t } = useTranslation();
  const space = getFragmentData(SpaceCardItemFragment, spaceRef);
  const { join, loading } = useJoinSpace();
  // Only PUBLIC spaces are open to anyone; the others need an invitation from a member.
  const canJoin = space.visibility === 'PUBLIC' && !space.viewerRole;

  return (
    <SpaceCard
      slug={space.slug}
      name={space.name}
      href={`/spaces/${space.slug}`}
      description={space.description}
      kindLabel={t(`spaces.kind.${space.kind}`)}
      isProject={space.kind === 'PROJECT'}
      visibilityLabel={t(`spaces.visibility.${space.visibility}`)}
      memberCountLabel={t('spaces.memberCount', { count: space.memberCount })}
      roleLabel={space.viewerRole ? t(`spaces.role.${space.viewerRole}`) : null}
      action={
        canJoin ? (
          <Button
            size="compact-sm"
            variant="light"
            loading={loading}
            onClick={() => void join(space.id).catch(() => undefined)}
            data-testid="space-join"
          >
            {t('spaces.actions.join')}
          </Button>
        ) : null
      }
    />
  );
};
