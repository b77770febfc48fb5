import type { MantineColor } from '@mantine/core';
import type { ProjectStatus } from 'src/gql/graphql';

export const PROJECT_STATUS_COLOR: Record<ProjectStatus, MantineColor> = {
  PLANNED: 'gray',
  ACTIVE: 'blue',
  WON: 'green',
  LOST: 'red',
  DELIVERED: 'teal',
  CANCELLED: 'dark',
};

export const PROJECT_STATUSES: ProjectStatus[] = ['PLANNED', 'ACTIVE', 'WON', 'LOST', 'DELIVERED', 'CANCELLED'];
