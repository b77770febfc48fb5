import type { SearchKind } from 'src/gql/graphql';

export const SEARCH_KINDS: readonly SearchKind[] = ['POST', 'COMMENT', 'SPACE', 'USER'];
/** The API's limit; longer text answers QUERY_TOO_LONG. */
export const SEARCH_MAX_LENGTH = 200;

export const toSearchKind = (value: string | null): SearchKind | null => SEARCH_KINDS.find((kind) => kind === value) ?? null;

/** `/search?q=…&kind=…`: the page's address for a query and an optional kind. */
export const searchHref = (query: string, kind: SearchKind | null = null): string => {
  const params = new URLSearchParams({ q: query });
  if (kind) params.set('kind', kind);
  return `/search?${params.toString()}`;
};
