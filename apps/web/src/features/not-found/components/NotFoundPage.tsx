import { EmptyState, Icon } from '@chantier/ui';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Unknown routes and content that is absent or unreadable look the same, on purpose. */
export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <EmptyState
      data-testid="not-found"
      icon={<Icon name="compass" size={28} />}
      title={t('notFound.title')}
      description={t('notFound.description')}
      action={
        <Button component={Link} to="/" variant="light">
          {t('notFound.backHome')}
        </Button>
      }
    />
  );
};
