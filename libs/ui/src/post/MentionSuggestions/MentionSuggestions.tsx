import { Box, Group, Text, UnstyledButton } from '@mantine/core';
import { useEffect } from 'react';

import { Avatar } from '../../display/Avatar/Avatar';

export interface MentionOption {
  id: string;
  name: string;
  handle: string;
  /** e.g. the job title. */
  subtitle?: string | null;
}

export interface MentionSuggestionsProps {
  /** The listbox id the input points to with aria-controls. */
  id: string;
  /** Accessible name of the list, e.g. "People to mention". */
  label: string;
  options: MentionOption[];
  activeIndex: number;
  onSelect: (option: MentionOption) => void;
  onActiveChange: (index: number) => void;
  /** Shown when nobody matches; the list is not rendered at all without it. */
  emptyLabel?: string | null;
}

/** The id of an option's element, for the input's aria-activedescendant. */
export const mentionOptionId = (listId: string, index: number) => `${listId}-option-${index}`;

/**
 * The @ autocomplete list, for a dropdown under a text input (the app places it). Focus stays in
 * the input (the keyboard drives the active option there); a mouse press picks an option without
 * blurring it.
 */
export const MentionSuggestions = ({ id, label, options, activeIndex, onSelect, onActiveChange, emptyLabel }: MentionSuggestionsProps) => {
  // Arrow keys can move past the visible part of a long list.
  useEffect(() => {
    document.getElementById(mentionOptionId(id, activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [id, activeIndex]);

  if (options.length === 0 && !emptyLabel) return null;
  return (
    <Box mah={280} style={{ overflowY: 'auto' }} data-testid="mention-suggestions">
      {options.length === 0 ? (
        <Text size="sm" c="dimmed" px="sm" py={6}>
          {emptyLabel}
        </Text>
      ) : (
        <Box role="listbox" id={id} aria-label={label}>
          {options.map((option, index) => (
            <UnstyledButton
              key={option.id}
              id={mentionOptionId(id, index)}
              role="option"
              aria-selected={index === activeIndex}
              tabIndex={-1}
              display="block"
              w="100%"
              px="sm"
              py={6}
              bg={index === activeIndex ? 'var(--mantine-primary-color-light)' : undefined}
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => onActiveChange(index)}
              onClick={() => onSelect(option)}
              data-testid="mention-option"
              data-handle={option.handle}
            >
              <Group gap="sm" wrap="nowrap">
                <Avatar name={option.name} size="sm" />
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate="end">
                    {option.name}{' '}
                    <Text span size="xs" c="dimmed">
                      @{option.handle}
                    </Text>
                  </Text>
                  {option.subtitle ? (
                    <Text size="xs" c="dimmed" truncate="end">
                      {option.subtitle}
                    </Text>
                  ) : null}
                </div>
              </Group>
            </UnstyledButton>
          ))}
        </Box>
      )}
    </Box>
  );
};
