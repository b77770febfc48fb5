import { Avatar, UiLink } from '@chantier/ui';
import { AppShell, Burger, Button, Container, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useViewerLocaleSync } from 'src/app/i18n/useLocaleSwitch';
import { AppNavbar } from 'src/app/layout/AppNavbar';
import { LocaleSwitcher } from 'src/app/layout/LocaleSwitcher';
import { useRealtime } from 'src/app/realtime/useRealtime';
import { useSessionToken } from 'src/features/auth/hooks/useSession';
import { useViewer } from 'src/features/auth/hooks/useViewer';
import { NotificationBell } from 'src/features/notifications/components/NotificationBell';
import { HeaderSearch } from 'src/features/search/components/HeaderSearch';

export const AppLayout = () => {
  const { t } = useTranslation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const token = useSessionToken();
  const { viewer } = useViewer();
  useViewerLocaleSync(viewer?.locale);
  useRealtime();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={token ? { width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } } : undefined}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm" pos="relative">
          <Group gap="sm" wrap="nowrap">
            {token ? (
              <Burger
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={t(navOpened ? 'common.nav.close' : 'common.nav.open')}
                data-testid="nav-burger"
              />
            ) : null}
            <UiLink href="/" fw={800} size="lg" c="inherit" underline="never">
              {t('common.appName')}
            </UiLink>
          </Group>
          <Group gap="sm" wrap="nowrap" style={{ flex: 1, minWidth: 0 }} justify="flex-end">
            {token ? <HeaderSearch /> : null}
            <LocaleSwitcher />
            {token ? <NotificationBell /> : null}
            {viewer ? (
              <UiLink href="/me" c="inherit" underline="never" aria-label={t('common.nav.myProfile')}>
                <Group gap={8} wrap="nowrap">
                  <Avatar name={viewer.displayName} size="sm" />
                  <Text size="sm" visibleFrom="sm" truncate="end" maw={160}>
                    {viewer.displayName}
                  </Text>
                </Group>
              </UiLink>
            ) : null}
            {!token ? (
              <Button component={Link} to="/login" size="compact-sm" variant="light">
                {t('common.nav.login')}
              </Button>
            ) : null}
          </Group>
        </Group>
      </AppShell.Header>

      {token ? (
        <AppShell.Navbar p="sm">
          <AppNavbar onNavigate={closeNav} />
        </AppShell.Navbar>
      ) : null}

      <AppShell.Main>
        <Container size="md" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
};
