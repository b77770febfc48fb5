import type { ComponentProps } from 'react';

import { Icon } from '../../icons/Icon/Icon';
import { ReactionBar } from './ReactionBar';

export default { title: 'Post/ReactionBar', component: ReactionBar };

type Story = { args: ComponentProps<typeof ReactionBar> };

export const WithViewerReaction: Story = {
  args: {
    label: 'Reactions',
    onToggle: () => undefined,
    reactions: [
      { type: 'LIKE', icon: <Icon name="thumbUp" />, label: 'Like', count: 4, active: true },
      { type: 'CELEBRATE', icon: <Icon name="confetti" />, label: 'Celebrate', count: 2, active: false },
      { type: 'INSIGHTFUL', icon: <Icon name="bulb" />, label: 'Insightful', count: 0, active: false },
      { type: 'SUPPORT', icon: <Icon name="heart" />, label: 'Support', count: 0, active: false },
    ],
  },
};
