import type { ComponentProps } from 'react';

import { Icon } from '../../icons/Icon/Icon';
import { EmptyState } from './EmptyState';

export default { title: 'Feedback/EmptyState', component: EmptyState };

type Story = { args: ComponentProps<typeof EmptyState> };

export const EmptyFeed: Story = {
  args: {
    icon: <Icon name="inbox" size={28} />,
    title: 'Nothing here yet',
    description: 'Posts from your spaces and the people you follow will appear here.',
  },
};
