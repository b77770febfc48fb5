import type { ComponentProps } from 'react';

import { ReactionBar } from '../ReactionBar/ReactionBar';
import { PostCard } from './PostCard';

// CSF3 stories: Storybook is not wired yet, so these also serve as usage examples.
export default { title: 'Post/PostCard', component: PostCard };

type Story = { args: ComponentProps<typeof PostCard> };

const base: ComponentProps<typeof PostCard> = {
  postId: 'p1',
  author: { name: 'Alice Martin', href: '/people/alice', subtitle: 'Account manager' },
  space: { name: 'ACME renewal 2026', href: '/spaces/acme-renewal' },
  spacePreposition: 'in',
  time: { label: '5 minutes ago', title: 'March 3, 2026 at 10:42', dateTime: '2026-03-03T10:42:00Z', href: '/posts/p1' },
  html: '<p>The <strong>pricing grid</strong> is in the shared drive.</p>',
};

export const Status: Story = { args: base };

export const PinnedAnnouncement: Story = {
  args: {
    ...base,
    space: null,
    badges: [
      { key: 'kind', label: 'Announcement', color: 'indigo' },
      { key: 'pinned', label: 'Pinned', color: 'yellow' },
    ],
    reactions: (
      <ReactionBar
        label="Reactions"
        onToggle={() => undefined}
        reactions={[{ type: 'LIKE', icon: '+', label: 'Like', count: 3, active: true }]}
      />
    ),
  },
};

export const FromConnector: Story = {
  args: {
    ...base,
    author: { name: 'Jira', href: '/people/jira' },
    badges: [{ key: 'source', label: 'Connected app', color: 'grape', href: 'https://jira.example.com/browse/CHAN-12' }],
    editedLabel: 'edited',
  },
};
