import { Icon, type IconName } from '@chantier/ui';
import { AppShell, Button, Divider, NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useLogout } from 'src/features/auth/hooks/useLogout';
import { useViewer } from 'src/features/auth/hooks/useViewer';

interface NavItem {
  to: string;
  labelKey: string;
  icon: IconName;
  testId: string;
}

const ITEMS: NavItem[] = [
  { to: '/', labelKey: 'common.nav.home', icon: 'home', testId: 'nav-home' },
  { to: '/spaces', labelKey: 'common.nav.spaces', icon: 'spaces', testId: 'nav-spaces' },
  { to: '/people', labelKey: 'common.nav.people', icon: 'people', testId: 'nav-people' },
  { to: '/notifications', labelKey: 'common.nav.notifications', icon: 'bell', testId: 'nav-notifications' },
  { to: '/me', labelKey: 'common.nav.myProfile', icon: 'user', testId: 'nav-me' },
];

// IT's area: listed for administrators only (the API refuses everyone else anyway).
const ADMIN_ITEMS: NavItem[] = [{ to: '/admin/connectors', labelKey: 'common.nav.connectors', icon: 'plug', testId: 'nav-connectors' }];

const isActive = (pathname: string, to: string) =>
  to === '/' ? pathname === '/' || pathname.startsWith('/posts/') : pathname === to || pathname.startsWith(`${to}/`);

export const AppNavbar = ({ onNavigate }: { onNavigate: () => void }) => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const logout = useLogout();
  const { viewer } = useViewer();
  const items = viewer?.role === 'ADMIN' ? [...ITEMS, ...ADMIN_ITEMS] : ITEMS;

  return (
    <>
      <AppShell.Section grow component="nav" aria-label={t('common.nav.label')}>
        <Stack gap={4}>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.labelKey)}
              leftSection={<Icon name={item.icon} />}
              active={isActive(pathname, item.to)}
              aria-current={isActive(pathname, item.to) ? 'page' : undefined}
              onClick={onNavigate}
              data-testid={item.testId}
            />
          ))}
        </Stack>
      </AppShell.Section>
      <AppShell.Section>
        <Divider my="sm" />
        <Button
          variant="subtle"
          color="gray"
          fullWidth
          justify="flex-start"
          leftSection={<Icon name="logout" />}
          onClick={() => void logout()}
          data-testid="logout"
        >
          {t('common.nav.logout')}
        </Button>
      </AppShell.Section>
    </>
  );
};
