import { Icon } from '@chantier/ui';
import { ActionIcon, Box, CloseButton, Group, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { SEARCH_MAX_LENGTH, searchHref, toSearchKind } from 'src/features/search/search-params';

const SearchField = ({ autoFocus = false, onDone }: { autoFocus?: boolean; onDone?: () => void }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const onSearchPage = pathname === '/search';
  const current = onSearchPage ? (params.get('q') ?? '') : '';
  const [value, setValue] = useState(current);
  // Another query in the address (back button, a link) replaces what was typed.
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setValue(current);
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The kind filter stays while refining a query.
    void navigate(searchHref(value, onSearchPage ? toSearchKind(params.get('kind')) : null));
    onDone?.();
  };

  return (
    <form role="search" onSubmit={submit} style={{ flex: 1, minWidth: 0 }}>
      <TextInput
        type="search"
        size="sm"
        radius="xl"
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone?.();
        }}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        leftSection={<Icon name="search" />}
        maxLength={SEARCH_MAX_LENGTH}
        autoFocus={autoFocus}
        enterKeyHint="search"
        data-testid="search-input"
      />
    </form>
  );
};

/**
 * The header's search box. On a phone it is a button that turns the header into the search
 * box, so the bell and the profile keep their room the rest of the time.
 */
export const HeaderSearch = () => {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [expanded, setExpanded] = useState(false);

  if (wide) {
    return (
      <Box w={{ sm: 240, md: 320 }}>
        <SearchField />
      </Box>
    );
  }
  if (!expanded) {
    return (
      <ActionIcon
        variant="subtle"
        color="gray"
        size="lg"
        radius="xl"
        aria-label={t('search.open')}
        onClick={() => setExpanded(true)}
        data-testid="search-open"
      >
        <Icon name="search" size={22} />
      </ActionIcon>
    );
  }
  return (
    <Group pos="absolute" inset={0} px="md" gap="xs" wrap="nowrap" bg="var(--mantine-color-body)" style={{ zIndex: 2 }}>
      <SearchField autoFocus onDone={() => setExpanded(false)} />
      <CloseButton aria-label={t('search.close')} onClick={() => setExpanded(false)} />
    </Group>
  );
};
