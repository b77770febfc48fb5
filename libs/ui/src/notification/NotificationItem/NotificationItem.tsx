import { Box, Group, Stack, Text, VisuallyHidden } from '@mantine/core';

import { Avatar } from '../../display/Avatar/Avatar';
import { Icon } from '../../icons/Icon/Icon';
import { UiLink } from '../../navigation/UiLink/UiLink';

export interface NotificationItemProps {
  notificationId: string;
  /** Where the notification leads: the post, or the space. */
  href: string;
  /** The whole sentence, already localised ("Alice and 3 others reacted to your post"). */
  text: string;
  /** A short plain-text preview of the post or comment. */
  excerpt?: string | null;
  /** Who acted; without one (connectors) a bell stands in for the avatar. */
  actorName?: string | null;
  time: { label: string; title: string; dateTime: string };
  unread: boolean;
  /** Read by screen readers on unread items, e.g. "Unread". */
  unreadLabel: string;
  /** Called on click, before the navigation (e.g. to mark it read). */
  onOpen?: () => void;
}

export const NotificationItem = ({
  notificationId,
  href,
  text,
  excerpt,
  actorName,
  time,
  unread,
  unreadLabel,
  onOpen,
}: NotificationItemProps) => (
  <UiLink
    href={href}
    c="inherit"
    underline="never"
    display="block"
    px="sm"
    py={10}
    bg={unread ? 'var(--mantine-primary-color-light)' : undefined}
    style={{ borderRadius: 'var(--mantine-radius-md)' }}
    onClick={onOpen}
    data-testid="notification-item"
    data-notification-id={notificationId}
    data-unread={unread}
  >
    <Group gap="sm" wrap="nowrap" align="flex-start">
      {actorName ? (
        <Avatar name={actorName} size="md" />
      ) : (
        <Box w={38} h={38} style={{ display: 'grid', placeItems: 'center' }} c="dimmed">
          <Icon name="bell" size={22} />
        </Box>
      )}
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" fw={unread ? 600 : 400} lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
          {unread ? <VisuallyHidden>{unreadLabel} · </VisuallyHidden> : null}
          {text}
        </Text>
        {excerpt ? (
          <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
            {excerpt}
          </Text>
        ) : null}
        <Text size="xs" c={unread ? 'var(--mantine-primary-color-filled)' : 'dimmed'} component="div">
          <time dateTime={time.dateTime} title={time.title}>
            {time.label}
          </time>
        </Text>
      </Stack>
      {unread ? (
        <Box w={10} h={10} mt={6} bg="var(--mantine-primary-color-filled)" style={{ borderRadius: '50%', flexShrink: 0 }} aria-hidden />
      ) : null}
    </Group>
  </UiLink>
);
