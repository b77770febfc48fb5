import type { ComponentProps } from 'react';

import { CopyableValue } from './CopyableValue';

export default { title: 'Display/CopyableValue', component: CopyableValue };

type Story = { args: ComponentProps<typeof CopyableValue> };

export const HookUrl: Story = {
  args: {
    label: 'Hook URL',
    value: 'https://chantier.example.com/hooks/5f0c7a3e-1b2d-4c5e-8f9a-0b1c2d3e4f50',
    copyLabel: 'Copy',
    copiedLabel: 'Copied',
  },
};
