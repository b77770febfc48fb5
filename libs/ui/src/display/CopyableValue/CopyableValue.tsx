import { ActionIcon, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';

import { Icon } from '../../icons/Icon/Icon';

export interface CopyableValueProps {
  label: string;
  value: string;
  /** Tooltip and accessible name of the copy button. */
  copyLabel: string;
  /** Shown once the value was copied. */
  copiedLabel: string;
  'data-testid'?: string;
}

/** A value to copy elsewhere (a URL, a key): monospace, wrapping anywhere so it fits a phone, with a copy button. */
export const CopyableValue = ({ label, value, copyLabel, copiedLabel, 'data-testid': testId }: CopyableValueProps) => (
  <Stack gap={4}>
    <Text size="sm" fw={500}>
      {label}
    </Text>
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Code block style={{ flex: 1, minWidth: 0, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid={testId}>
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? copiedLabel : copyLabel} withArrow>
            <ActionIcon
              variant="light"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={copied ? copiedLabel : copyLabel}
              size="lg"
            >
              <Icon name={copied ? 'checks' : 'copy'} />
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  </Stack>
);
