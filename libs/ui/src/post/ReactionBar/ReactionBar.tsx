import { Button, Group, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ReactionOption {
  /** Reaction type, e.g. `LIKE`; also used in the test ids. */
  type: string;
  /** Decorative icon (e.g. an `Icon`); the label carries the meaning. */
  icon: ReactNode;
  /** Localised name of the reaction, read by screen readers and shown as a tooltip. */
  label: string;
  count: number;
  /** True when it is the viewer's reaction. */
  active: boolean;
}

export interface ReactionBarProps {
  reactions: ReactionOption[];
  onToggle: (type: string) => void;
  /** Accessible name of the group, e.g. "Reactions". */
  label: string;
  disabled?: boolean;
  size?: 'xs' | 'sm';
  /** Comments use their own prefix so their buttons never clash with the post's. */
  testIdPrefix?: string;
}

export const ReactionBar = ({ reactions, onToggle, label, disabled = false, size = 'sm', testIdPrefix = '' }: ReactionBarProps) => (
  <Group gap={4} role="group" aria-label={label} wrap="wrap">
    {reactions.map((reaction) => (
      <Button
        key={reaction.type}
        size={size}
        radius="xl"
        variant={reaction.active ? 'light' : 'subtle'}
        color={reaction.active ? undefined : 'gray'}
        aria-pressed={reaction.active}
        title={reaction.label}
        disabled={disabled}
        onClick={() => onToggle(reaction.type)}
        data-testid={`${testIdPrefix}reaction-${reaction.type}`}
        px="xs"
      >
        {reaction.icon}
        <VisuallyHidden>{reaction.label}</VisuallyHidden>
        <span data-testid={`${testIdPrefix}reaction-count-${reaction.type}`} style={{ marginInlineStart: 6 }}>
          {reaction.count}
        </span>
      </Button>
    ))}
  </Group>
);
