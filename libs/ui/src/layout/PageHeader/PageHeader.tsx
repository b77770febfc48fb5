import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  subtitle?: ReactNode;
  /** Badges shown beside the title (kind, visibility…). */
  badges?: ReactNode;
  actions?: ReactNode;
}

export const PageHeader = ({ title, subtitle, badges, actions }: PageHeaderProps) => (
  <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="md">
    <Stack gap={4} style={{ minWidth: 0, flex: '1 1 16rem' }}>
      <Group gap="xs" wrap="wrap">
        <Title order={2} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        {badges}
      </Group>
      {subtitle ? (
        <Text c="dimmed" size="sm" component="div">
          {subtitle}
        </Text>
      ) : null}
    </Stack>
    {actions ? (
      <Group gap="xs" wrap="wrap">
        {actions}
      </Group>
    ) : null}
  </Group>
);
