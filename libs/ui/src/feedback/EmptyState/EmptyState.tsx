import { EmptyState as MantineEmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  description?: string;
  /** Decorative icon, e.g. `<Icon name="inbox" />`. */
  icon?: ReactNode;
  action?: ReactNode;
  'data-testid'?: string;
}

export const EmptyState = ({ title, description, icon, action, ...rest }: EmptyStateProps) => (
  <MantineEmptyState title={title} description={description} icon={icon} py="xl" {...rest}>
    {action}
  </MantineEmptyState>
);
