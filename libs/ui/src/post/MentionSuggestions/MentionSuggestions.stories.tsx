import type { ComponentProps } from 'react';

import { MentionSuggestions } from './MentionSuggestions';

export default { title: 'Post/MentionSuggestions', component: MentionSuggestions };

type Story = { args: ComponentProps<typeof MentionSuggestions> };

export const TwoPeople: Story = {
  args: {
    id: 'mentions',
    label: 'People to mention',
    activeIndex: 0,
    onSelect: () => undefined,
    onActiveChange: () => undefined,
    options: [
      { id: 'u1', name: 'Camille Durand', handle: 'camille.durand', subtitle: 'Product Manager' },
      { id: 'u2', name: 'Chloé Garcia', handle: 'chloe.garcia', subtitle: 'Sales' },
    ],
  },
};
