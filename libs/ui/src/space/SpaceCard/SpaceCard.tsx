import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { UiLink } from '../../navigation/UiLink/UiLink';

export interface SpaceCardProps {
  slug: string;
  name: string;
  href: string;
  description?: string | null;
  kindLabel: string;
  /** PROJECT spaces get a distinct badge colour so they stand out in the directory. */
  isProject?: boolean;
  visibilityLabel: string;
  memberCountLabel: string;
  /** e.g. "Owner" when the viewer is a member. */
  roleLabel?: string | null;
  /** Join button or similar. */
  action?: ReactNode;
}

export const SpaceCard = ({
  slug,
  name,
  href,
  description,
  kindLabel,
  isProject = false,
  visibilityLabel,
  memberCountLabel,
  roleLabel,
  action,
}: SpaceCardProps) => (
  <Card withBorder radius="md" padding="md" data-testid="space-card" data-space-slug={slug} h="100%">
    <Stack gap="xs" h="100%">
      <Group gap={6} wrap="wrap">
        <Badge variant="light" color={isProject ? 'orange' : 'blue'}>
          {kindLabel}
        </Badge>
        <Badge variant="outline" color="gray">
          {visibilityLabel}
        </Badge>
        {roleLabel ? (
          <Badge variant="light" color="teal">
            {roleLabel}
          </Badge>
        ) : null}
      </Group>
      <UiLink href={href} fw={700} size="lg" c="inherit" style={{ overflowWrap: 'anywhere' }}>
        {name}
      </UiLink>
      {description ? (
        <Text size="sm" c="dimmed" lineClamp={3}>
          {description}
        </Text>
      ) : null}
      <Group justify="space-between" mt="auto" gap="xs">
        <Text size="xs" c="dimmed">
          {memberCountLabel}
        </Text>
        {action}
      </Group>
    </Stack>
  </Card>
);
