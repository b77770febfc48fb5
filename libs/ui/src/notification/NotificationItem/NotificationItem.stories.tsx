import type { ComponentProps } from 'react';

import { NotificationItem } from './NotificationItem';

export default { title: 'Notification/NotificationItem', component: NotificationItem };

type Story = { args: ComponentProps<typeof NotificationItem> };

const base: ComponentProps<typeof NotificationItem> = {
  notificationId: 'n1',
  href: '/posts/p1',
  text: 'Alice Martin and 3 others reacted to your post',
  excerpt: 'The pricing grid is in the shared drive.',
  actorName: 'Alice Martin',
  time: { label: '5 minutes ago', title: 'March 3, 2026 at 10:42', dateTime: '2026-03-03T10:42:00Z' },
  unread: true,
  unreadLabel: 'Unread',
};

export const Unread: Story = { args: base };

export const Read: Story = { args: { ...base, unread: false } };

export const FromConnector: Story = { args: { ...base, actorName: null, text: 'New event from a connected application' } };
