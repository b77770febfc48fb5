import { useQuery } from '@apollo/client/react';
import { type MentionOption, mentionOptionId } from '@chantier/ui';
import { useDebouncedValue } from '@mantine/hooks';
import { type KeyboardEvent, type RefObject, useId, useState } from 'react';
import { MentionCandidatesQuery } from 'src/features/mentions/graphql/mentions.queries';
import { applyMention, findMentionTrigger, type MentionTrigger } from 'src/features/mentions/mention-trigger';

const CANDIDATES = 8;
const DEBOUNCE_MS = 200;

export interface MentionAutocompleteOptions {
  value: string;
  onChange: (value: string) => void;
  /** The space the text is written in: a PRIVATE or SECRET space only offers its members. */
  spaceId?: string | null;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

/** `@` autocomplete for a textarea: people from mentionCandidates, ↑/↓ to move, Enter or Tab to pick, Escape to close. */
export const useMentionAutocomplete = ({ value, onChange, spaceId, inputRef }: MentionAutocompleteOptions) => {
  const listId = useId();
  const [trigger, setTrigger] = useState<MentionTrigger | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [query] = useDebouncedValue(trigger?.query ?? null, DEBOUNCE_MS);
  const { data, previousData } = useQuery(MentionCandidatesQuery, {
    variables: { query: query ?? '', spaceId: spaceId ?? null, first: CANDIDATES },
    skip: query === null || trigger === null,
    fetchPolicy: 'cache-first',
  });
  const people = (data ?? previousData)?.mentionCandidates ?? [];
  const options: MentionOption[] = trigger
    ? people.map((person) => ({ id: person.id, name: person.displayName, handle: person.handle, subtitle: person.title }))
    : [];
  const open = options.length > 0;
  const active = Math.min(activeIndex, Math.max(0, options.length - 1));

  /** Call after every change or caret move. */
  const track = (element: HTMLTextAreaElement) => {
    const next = findMentionTrigger(element.value, element.selectionStart ?? element.value.length);
    if (next?.start !== trigger?.start || next?.query !== trigger?.query) setActiveIndex(0);
    setTrigger(next);
  };

  const select = (option: MentionOption) => {
    const element = inputRef.current;
    if (!trigger || !element) return;
    const next = applyMention(value, trigger, element.selectionStart ?? value.length, option.handle);
    onChange(next.value);
    setTrigger(null);
    // The caret goes after the inserted handle once React has written the new value.
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(next.caret, next.caret);
    });
  };

  /** True when the key was the autocomplete's. */
  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open || event.nativeEvent.isComposing) return false;
    const move = (delta: number) => setActiveIndex((active + delta + options.length) % options.length);
    switch (event.key) {
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowUp':
        move(-1);
        break;
      case 'Enter':
      case 'Tab': {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return false;
        const option = options[active];
        if (option) select(option);
        break;
      }
      case 'Escape':
        // Inside a modal, Escape closes the list, not the modal.
        event.stopPropagation();
        setTrigger(null);
        break;
      default:
        return false;
    }
    event.preventDefault();
    return true;
  };

  return {
    open,
    listId,
    options,
    activeIndex: active,
    setActiveIndex,
    track,
    select,
    close: () => setTrigger(null),
    handleKeyDown,
    ariaProps: {
      'aria-autocomplete': 'list' as const,
      'aria-controls': open ? listId : undefined,
      'aria-activedescendant': open ? mentionOptionId(listId, active) : undefined,
    },
  };
};
