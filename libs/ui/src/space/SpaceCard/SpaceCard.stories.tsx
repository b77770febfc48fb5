import type { ComponentProps } from 'react';

import { SpaceCard } from './SpaceCard';

export default { title: 'Space/SpaceCard', component: SpaceCard };

type Story = { args: ComponentProps<typeof SpaceCard> };

export const PublicGroup: Story = {
  args: {
    slug: 'running-club',
    name: 'Running club',
    href: '/spaces/running-club',
    description: 'Lunchtime runs along the river, every Tuesday and Thursday.',
    kindLabel: 'Group',
    visibilityLabel: 'Public',
    memberCountLabel: '24 members',
  },
};

export const ProjectMember: Story = {
  args: { ...PublicGroup.args, slug: 'acme', name: 'ACME renewal 2026', kindLabel: 'Project', isProject: true, roleLabel: 'Owner' },
};
