import { Icon, ReactionBar } from '@chantier/ui';
import { useTranslation } from 'react-i18next';
import { type ReactionTarget, useToggleReaction } from 'src/features/posts/hooks/useToggleReaction';
import { REACTION_ICON, REACTION_TYPES } from 'src/features/posts/reactions';
import type { ReactionType } from 'src/gql/graphql';

export interface ReactionsControlProps {
  target: ReactionTarget;
  size?: 'xs' | 'sm';
  testIdPrefix?: string;
}

export const ReactionsControl = ({ target, size = 'sm', testIdPrefix }: ReactionsControlProps) => {
  const { t } = useTranslation();
  const { toggle } = useToggleReaction();

  const reactions = REACTION_TYPES.map((type) => ({
    type,
    icon: <Icon name={REACTION_ICON[type]} />,
    label: t(`posts.reactions.${type}`),
    count: target.counts.find((c) => c.type === type)?.count ?? 0,
    active: target.viewerReaction === type,
  }));

  return (
    <ReactionBar
      reactions={reactions}
      // A failed toggle rolls the optimistic counts back by itself; nothing else to show.
      onToggle={(type) => void toggle(target, type as ReactionType).catch(() => undefined)}
      label={t('posts.reactions.label')}
      size={size}
      testIdPrefix={testIdPrefix}
    />
  );
};
