import type { Reference } from '@apollo/client';
import { isReference } from '@apollo/client/utilities';

interface StoredEdge {
  __typename?: string;
  cursor: string;
  node: Reference;
}

interface StoredConnection {
  edges: StoredEdge[];
  pageInfo?: { hasNextPage?: boolean };
}

const asConnection = (existing: unknown): StoredConnection | null => {
  if (!existing || typeof existing !== 'object' || isReference(existing)) return null;
  const connection = existing as StoredConnection;
  return Array.isArray(connection.edges) ? connection : null;
};

/**
 * Adds a node to a Relay connection as relayStylePagination stores it, for `cache.modify`.
 * The empty cursor is harmless: the next `fetchMore` splices pages after the server's own
 * `endCursor`, which the stored pageInfo keeps.
 */
export const addEdgeToConnection = <T>(existing: T, node: Reference, edgeTypename: string, at: 'start' | 'end'): T => {
  const connection = asConnection(existing);
  if (!connection) return existing;
  if (connection.edges.some((edge) => edge.node.__ref === node.__ref)) return existing;
  const edge: StoredEdge = { __typename: edgeTypename, cursor: '', node };
  const edges = at === 'start' ? [edge, ...connection.edges] : [...connection.edges, edge];
  return { ...connection, edges } as unknown as T;
};

/** Puts a node first in a connection, moving it there when it is already listed (a list ordered by last change). */
export const moveEdgeToStart = <T>(existing: T, node: Reference, edgeTypename: string): T => {
  const connection = asConnection(existing);
  if (!connection) return existing;
  const current = connection.edges.find((edge) => edge.node.__ref === node.__ref);
  const others = connection.edges.filter((edge) => edge.node.__ref !== node.__ref);
  const edge: StoredEdge = current ?? { __typename: edgeTypename, cursor: '', node };
  return { ...connection, edges: [edge, ...others] } as unknown as T;
};

/** Whether more pages follow the cached ones: a node added at the end would then be out of place. */
export const hasMorePages = (existing: unknown): boolean => asConnection(existing)?.pageInfo?.hasNextPage === true;

/** The ids (cache references) a cached connection lists. */
export const connectionRefs = (existing: unknown): Set<string> =>
  new Set(asConnection(existing)?.edges.map((edge) => edge.node.__ref) ?? []);

// Store field names of connections with key arguments look like `spaceFeed:{"spaceId":"…"}`.
export const keyArgsOf = (storeFieldName: string): Record<string, unknown> => {
  const start = storeFieldName.indexOf('{');
  if (start < 0) return {};
  try {
    return JSON.parse(storeFieldName.slice(start)) as Record<string, unknown>;
  } catch {
    return {};
  }
};
