import { ActionIcon, Badge, Box } from '@mantine/core';
import type { ComponentPropsWithRef } from 'react';

import { Icon } from '../../icons/Icon/Icon';

export interface NotificationBellButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'color' | 'children'> {
  /** Unread notifications; the badge is hidden at 0 and shows "99+" beyond 99. */
  count: number;
  /** Accessible name, including the count ("Notifications, 3 unread"). */
  label: string;
}

/** The header's bell; other props (ref, aria-expanded, onClick) come from the popover that wraps it. */
export const NotificationBellButton = ({ count, label, ...buttonProps }: NotificationBellButtonProps) => (
  // The badge sits outside the button, which clips its own overflow.
  <Box pos="relative" style={{ display: 'inline-flex' }}>
    <ActionIcon variant="subtle" color="gray" size="lg" radius="xl" aria-label={label} data-testid="notification-bell" {...buttonProps}>
      <Icon name="bell" size={22} />
    </ActionIcon>
    {count > 0 ? (
      <Badge
        size="xs"
        color="red"
        variant="filled"
        radius="xl"
        px={4}
        miw={16}
        pos="absolute"
        top={-4}
        right={-9}
        style={{ pointerEvents: 'none', border: '2px solid var(--mantine-color-body)', boxSizing: 'content-box' }}
        aria-hidden
        data-testid="notification-count"
      >
        {count > 99 ? '99+' : count}
      </Badge>
    ) : null}
  </Box>
);
