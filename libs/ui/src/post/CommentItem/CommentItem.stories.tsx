import type { ComponentProps } from 'react';

import { CommentItem } from './CommentItem';

export default { title: 'Post/CommentItem', component: CommentItem };

type Story = { args: ComponentProps<typeof CommentItem> };

const time = { label: '2 minutes ago', title: 'March 3, 2026 at 10:44', dateTime: '2026-03-03T10:44:00Z' };

export const TopLevel: Story = {
  args: { commentId: 'c1', author: { name: 'Bob Leroy', href: '/people/bob' }, time, html: '<p>Great news!</p>' },
};

export const Reply: Story = {
  args: { commentId: 'c2', author: { name: 'Alice Martin', href: '/people/alice' }, time, html: '<p>Thanks Bob.</p>', isReply: true },
};
