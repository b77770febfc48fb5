import { EmptyState, Icon, PageLoader } from '@chantier/ui';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useViewer } from 'src/features/auth/hooks/useViewer';

/** IT's screens: rendered for an ADMIN only. The API refuses everyone else anyway; this spares them a broken page. */
export const RequireAdmin = () => {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  if (!viewer && loading) return <PageLoader label={t('common.loading')} />;
  if (viewer?.role !== 'ADMIN') {
    return (
      <EmptyState
        icon={<Icon name="lock" size={28} />}
        title={t('connectors.adminOnly.title')}
        description={t('connectors.adminOnly.description')}
        data-testid="admin-only"
      />
    );
  }
  return <Outlet />;
};
