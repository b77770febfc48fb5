import { LinkAdapterProvider, PageLoader } from '@chantier/ui';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router';
import { RouterLinkAdapter } from 'src/app/layout/RouterLinkAdapter';

/** Gives every ui component client-side links (they need the router context to exist). */
export const RootRoute = () => (
  <LinkAdapterProvider value={RouterLinkAdapter}>
    <Outlet />
    <ScrollRestoration />
  </LinkAdapterProvider>
);

/** Shown while the first lazy route module loads. */
export const RootFallback = () => {
  const { t } = useTranslation();
  return <PageLoader label={t('common.loading')} />;
};
