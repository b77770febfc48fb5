import { Box, Button } from '@mantine/core';

import { Icon } from '../../icons/Icon/Icon';

export interface NewItemsBannerProps {
  /** e.g. "3 new posts". */
  label: string;
  onClick: () => void;
  'data-testid'?: string;
}

/**
 * A discreet pill that stays at the top of a list while new items wait: the list never moves
 * under the reader's eyes, the reader decides when to show them.
 */
export const NewItemsBanner = ({ label, onClick, ...rest }: NewItemsBannerProps) => (
  <Box pos="sticky" top="calc(var(--app-shell-header-offset, 0px) + var(--mantine-spacing-xs))" style={{ zIndex: 5, textAlign: 'center' }}>
    <Button size="compact-sm" radius="xl" leftSection={<Icon name="arrowUp" />} onClick={onClick} aria-live="polite" {...rest}>
      {label}
    </Button>
  </Box>
);
