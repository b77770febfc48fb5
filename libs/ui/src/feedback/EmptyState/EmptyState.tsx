import { EmptyState as MantineEmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  description?: string;
  /** A short decorative symbol (emoji); hidden from assistive technology. */
  icon?: string;
  action?: ReactNode;
  'data-testid'?: string;
}

export const EmptyState = ({ title, description, icon, action, ...rest }: EmptyStateProps) => (
  <MantineEmptyState
    title={title}
    description={description}
    icon={icon ? <span aria-hidden>{icon}</span> : undefined}
    py="xl"
    {...rest}
  >
    {action}
  </MantineEmptyState>
);
