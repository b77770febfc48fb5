import { Button, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { type FollowTarget, useFollowToggle } from 'src/features/follow/hooks/useFollowToggle';

export const FollowButton = ({ target }: { target: FollowTarget }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { toggle, loading, error } = useFollowToggle();

  return (
    <Tooltip label={error ? errorMessage(error) : ''} disabled={!error} color="red">
      <Button
        variant={target.following ? 'default' : 'light'}
        size="sm"
        loading={loading}
        aria-pressed={target.following}
        onClick={() => void toggle(target).catch(() => undefined)}
        data-testid={target.following ? 'unfollow' : 'follow'}
      >
        {target.following ? t('common.follow.unfollow') : t('common.follow.follow')}
      </Button>
    </Tooltip>
  );
};
