import { LinkAdapterProvider, PageLoader, type ReferenceLinks, ReferenceLinksProvider } from '@chantier/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useNavigate } from 'react-router';
import { RouterLinkAdapter } from 'src/app/layout/RouterLinkAdapter';

/**
 * Gives every ui component client-side links (they need the router context to exist), and
 * the routes @mentions and #hashtags in posts and comments lead to.
 */
export const RootRoute = () => {
  const navigate = useNavigate();
  const referenceLinks = useMemo<ReferenceLinks>(
    () => ({
      mentionHref: (handle) => `/people/${encodeURIComponent(handle)}`,
      hashtagHref: (tag) => `/tags/${encodeURIComponent(tag)}`,
      navigate: (href) => void navigate(href),
    }),
    [navigate],
  );
  return (
    <LinkAdapterProvider value={RouterLinkAdapter}>
      <ReferenceLinksProvider value={referenceLinks}>
        <Outlet />
        <ScrollRestoration />
      </ReferenceLinksProvider>
    </LinkAdapterProvider>
  );
};

/** Shown while the first lazy route module loads. */
export const RootFallback = () => {
  const { t } = useTranslation();
  return <PageLoader label={t('common.loading')} />;
};
