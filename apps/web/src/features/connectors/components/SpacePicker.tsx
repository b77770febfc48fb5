import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouteSpaceOptionsQuery } from 'src/features/connectors/graphql/connectors.queries';

export interface SpacePickerProps {
  value: string | null;
  onChange: (spaceId: string | null) => void;
  'data-testid'?: string;
}

/** Picks the space a route leads to, searching the spaces directory as one types. */
export const SpacePicker = ({ value, onChange, 'data-testid': testId }: SpacePickerProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const { data, previousData } = useQuery(RouteSpaceOptionsQuery, { variables: { query: query || null } });
  const edges = (data ?? previousData)?.spaces.edges ?? [];
  const options = edges.map(({ node }) => ({
    value: node.id,
    label: `${node.name} · ${t(`spaces.kind.${node.kind}`)} · ${t(`spaces.visibility.${node.visibility}`)}`,
  }));

  return (
    <Select
      label={t('connectors.route.space')}
      placeholder={t('connectors.route.spacePlaceholder')}
      nothingFoundMessage={t('connectors.route.noSpace')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // Filtering is the server's job: it searches every space, not only the first page.
      filter={({ options: all }) => all}
      data={options}
      value={value}
      onChange={onChange}
      required
      data-testid={testId}
    />
  );
};
