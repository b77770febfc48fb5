import { Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { Avatar } from '../../display/Avatar/Avatar';
import { UiLink } from '../../navigation/UiLink/UiLink';

export interface PersonCardProps {
  handle: string;
  name: string;
  href: string;
  /** e.g. "Account manager · Sales". */
  subtitle?: string | null;
  /** Extra line, e.g. "@alice". */
  caption?: string | null;
  action?: ReactNode;
}

export const PersonCard = ({ handle, name, href, subtitle, caption, action }: PersonCardProps) => (
  <Card withBorder radius="md" padding="sm" data-testid="person-card" data-handle={handle}>
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Avatar name={name} />
        <Stack gap={0} style={{ minWidth: 0 }}>
          <UiLink href={href} fw={600} c="inherit" truncate="end">
            {name}
          </UiLink>
          {subtitle ? (
            <Text size="xs" c="dimmed" truncate="end">
              {subtitle}
            </Text>
          ) : null}
          {caption ? (
            <Text size="xs" c="dimmed" truncate="end">
              {caption}
            </Text>
          ) : null}
        </Stack>
      </Group>
      {action}
    </Group>
  </Card>
);
