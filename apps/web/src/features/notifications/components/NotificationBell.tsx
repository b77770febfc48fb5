import { useQuery } from '@apollo/client/react';
import { EmptyState, Icon, NotificationBellButton, PageLoader, UiLink } from '@chantier/ui';
import { Button, Divider, Group, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationEntry } from 'src/features/notifications/components/NotificationEntry';
import { NotificationBellQuery, NOTIFICATIONS_PAGE_SIZE } from 'src/features/notifications/graphql/notifications.queries';
import { useMarkNotificationsRead } from 'src/features/notifications/hooks/useMarkNotificationsRead';
import type { NotificationBellQuery as BellData } from 'src/gql/graphql';

const SHOWN = 8;

/** The latest notifications; what it shows unread is marked read as it opens, and stays highlighted until it closes. */
const BellDropdown = ({ data, onClose }: { data: BellData | undefined; onClose: () => void }) => {
  const { t } = useTranslation();
  const { markRead } = useMarkNotificationsRead();
  const nodes = data?.notifications.edges.slice(0, SHOWN).map((edge) => edge.node) ?? [];
  const [seenUnread] = useState(() => new Set(nodes.filter((node) => !node.read).map((node) => node.id)));

  useEffect(() => {
    if (seenUnread.size > 0) void markRead([...seenUnread]);
  }, [seenUnread, markRead]);

  return (
    <Stack gap={0}>
      <Group justify="space-between" px="sm" py={8} wrap="nowrap">
        <Text fw={700}>{t('notifications.title')}</Text>
        <Button
          variant="subtle"
          size="compact-xs"
          leftSection={<Icon name="checks" />}
          onClick={() => void markRead(null)}
          disabled={(data?.unreadNotificationCount ?? 0) === 0 && seenUnread.size === 0}
          data-testid="notifications-mark-all"
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <Divider />
      {!data ? (
        <PageLoader label={t('common.loading')} />
      ) : nodes.length === 0 ? (
        <EmptyState
          icon={<Icon name="bell" size={28} />}
          title={t('notifications.emptyTitle')}
          description={t('notifications.emptyDescription')}
        />
      ) : (
        <ScrollArea.Autosize mah="min(70dvh, 520px)" type="auto">
          <Stack gap={2} p={4} data-testid="notification-list">
            {nodes.map((node) => (
              <NotificationEntry
                key={node.id}
                notification={node}
                highlight={seenUnread.has(node.id)}
                onOpen={(id, read) => {
                  if (!read) void markRead([id]);
                  onClose();
                }}
              />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
      <Divider />
      <UiLink href="/notifications" size="sm" ta="center" py={8} onClick={onClose} data-testid="notifications-see-all">
        {t('notifications.seeAll')}
      </UiLink>
    </Stack>
  );
};

/** The header's bell: the unread count, kept live by the realtime channel, and a dropdown of the latest notifications. */
export const NotificationBell = () => {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { data } = useQuery(NotificationBellQuery, { variables: { first: NOTIFICATIONS_PAGE_SIZE } });
  const count = data?.unreadNotificationCount ?? 0;

  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? undefined : close())}
      position="bottom-end"
      width={380}
      shadow="md"
      radius="md"
      withinPortal
    >
      <Popover.Target>
        <NotificationBellButton
          count={count}
          label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.title')}
          onClick={toggle}
          aria-expanded={opened}
          aria-haspopup="dialog"
        />
      </Popover.Target>
      <Popover.Dropdown p={0} maw="calc(100vw - 16px)" aria-label={t('notifications.title')} data-testid="notification-dropdown">
        {opened ? <BellDropdown data={data} onClose={close} /> : null}
      </Popover.Dropdown>
    </Popover>
  );
};
