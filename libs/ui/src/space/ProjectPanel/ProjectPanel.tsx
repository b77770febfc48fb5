import { Badge, Card, Group, type MantineColor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ProjectPanelItem {
  key: string;
  label: string;
  /** Already formatted (currency, dates) in the viewer's locale. */
  value: ReactNode;
}

export interface ProjectPanelProps {
  title: string;
  status: { label: string; color: MantineColor };
  externalKey?: string | null;
  goal?: { label: string; text: string } | null;
  items: ProjectPanelItem[];
}

export const ProjectPanel = ({ title, status, externalKey, goal, items }: ProjectPanelProps) => (
  <Card withBorder radius="md" padding="md" data-testid="project-panel" component="section" aria-label={title}>
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={4}>{title}</Title>
        <Group gap={6}>
          {externalKey ? (
            <Badge variant="outline" color="gray" tt="none">
              {externalKey}
            </Badge>
          ) : null}
          <Badge color={status.color} variant="filled" data-testid="project-status">
            {status.label}
          </Badge>
        </Group>
      </Group>
      {goal ? (
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {goal.label}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {goal.text}
          </Text>
        </div>
      ) : null}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs" component="dl" m={0}>
        {items.map((item) => (
          <div key={item.key} data-testid={`project-${item.key}`}>
            <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
              {item.label}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
              {item.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  </Card>
);
