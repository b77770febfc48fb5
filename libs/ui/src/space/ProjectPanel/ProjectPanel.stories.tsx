import type { ComponentProps } from 'react';

import { ProjectPanel } from './ProjectPanel';

export default { title: 'Space/ProjectPanel', component: ProjectPanel };

type Story = { args: ComponentProps<typeof ProjectPanel> };

export const ActiveDeal: Story = {
  args: {
    title: 'Business project',
    status: { label: 'Active', color: 'blue' },
    externalKey: 'crm:OPP-1042',
    goal: { label: 'Goal', text: 'Renew the 3-year contract and add the analytics module.' },
    items: [
      { key: 'customer', label: 'Customer', value: 'ACME Industries' },
      { key: 'target', label: 'Target value', value: '€250,000' },
      { key: 'outcome', label: 'Outcome value', value: '—' },
      { key: 'start', label: 'Start date', value: 'Jan 15, 2026' },
      { key: 'end', label: 'End date', value: 'Jun 30, 2026' },
    ],
  },
};
