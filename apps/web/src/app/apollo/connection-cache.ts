import type { Reference } from '@apollo/client';
import { isReference } from '@apollo/client/utilities';

interface StoredEdge {
  __typename?: string;
  cursor: string;
  node: Reference;
}

interface StoredConnection {
  edges: StoredEdge[];
}

/**
 * Adds a node to a Relay connection as relayStylePagination stores it, for `cache.modify`.
 * The empty cursor is harmless: the next `fetchMore` splices pages after the server's own
 * `endCursor`, which the stored pageInfo keeps.
 */
export const addEdgeToConnection = <T>(existing: T, node: Reference, edgeTypename: string, at: 'start' | 'end'): T => {
  if (!existing || typeof existing !== 'object' || isReference(existing)) return existing;
  const connection = existing as unknown as StoredConnection;
  if (!Array.isArray(connection.edges)) return existing;
  if (connection.edges.some((edge) => edge.node.__ref === node.__ref)) return existing;
  const edge: StoredEdge = { __typename: edgeTypename, cursor: '', node };
  const edges = at === 'start' ? [edge, ...connection.edges] : [...connection.edges, edge];
  return { ...connection, edges } as unknown as T;
};

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
