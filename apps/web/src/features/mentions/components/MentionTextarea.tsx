import { MentionSuggestions } from '@chantier/ui';
import { Popover, Textarea, type TextareaProps } from '@mantine/core';
import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMentionAutocomplete } from 'src/features/mentions/hooks/useMentionAutocomplete';

export interface MentionTextareaProps extends Omit<TextareaProps, 'value' | 'onChange'> {
  value: string;
  onValueChange: (value: string) => void;
  /** The space the text will be published in (the composer's choice, the post's space for comments). */
  spaceId?: string | null;
  'data-testid'?: string;
}

/** A Mantine Textarea with `@` autocomplete; the list opens right under the text box. */
export const MentionTextarea = ({ value, onValueChange, spaceId, onKeyDown, onBlur, ...textareaProps }: MentionTextareaProps) => {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const mention = useMentionAutocomplete({ value, onChange: onValueChange, spaceId, inputRef });

  return (
    <Textarea
      {...textareaProps}
      {...mention.ariaProps}
      ref={inputRef}
      value={value}
      onChange={(event) => {
        onValueChange(event.currentTarget.value);
        mention.track(event.currentTarget);
      }}
      onSelect={(event) => mention.track(event.currentTarget)}
      onKeyDown={(event: KeyboardEvent<HTMLTextAreaElement>) => {
        if (!mention.handleKeyDown(event)) onKeyDown?.(event);
      }}
      onBlur={(event) => {
        mention.close();
        onBlur?.(event);
      }}
      // In a portal: cards clip what overflows them, and comment boxes sit at their bottom edge.
      inputContainer={(children) => (
        <Popover
          opened={mention.open}
          position="bottom-start"
          width="target"
          offset={4}
          shadow="md"
          radius="md"
          withRoles={false}
          trapFocus={false}
          returnFocus={false}
          closeOnEscape={false}
          withinPortal
        >
          <Popover.Target>
            <div>{children}</div>
          </Popover.Target>
          <Popover.Dropdown p={4}>
            <MentionSuggestions
              id={mention.listId}
              label={t('posts.mentions.label')}
              options={mention.options}
              activeIndex={mention.activeIndex}
              onActiveChange={mention.setActiveIndex}
              onSelect={mention.select}
            />
          </Popover.Dropdown>
        </Popover>
      )}
    />
  );
};
