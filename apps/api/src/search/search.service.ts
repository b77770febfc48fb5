import { DomainError, isId, listableScope, pageSize, parseSearchQuery, readableScope, renderSnippet, type Viewer } from '@chantier/domain';
import { Inject, Injectable, Optional } from '@nestjs/common';

import { Gate } from '../common/concurrency/gate.js';
import { Cursors } from '../common/graphql/cursor.js';
import type { SearchConnection, SearchEdge, SearchFilter, SearchNode } from './search.object.js';
import { tagged } from './search.object.js';
import { type SearchHit, SearchRepository } from './search.repository.js';
import { SEARCH_KINDS, type SearchKind } from './search.sql.js';
import { DEFAULT_SEARCH_CONCURRENCY, SEARCH_OPTIONS, type SearchOptions } from './search-options.js';

type Page = { first?: number | null; after?: string | null };

const CONTENT_KINDS: readonly SearchKind[] = ['POST', 'COMMENT'];

const idOrThrow = (value: string | null | undefined, field: string): string | null => {
  if (value === null || value === undefined) return null;
  if (!isId(value)) throw new DomainError('INVALID_ID', `${field} is not an id.`, { field });
  return value;
};

// GraphQL's DateTime scalar turns an unparseable string into an Invalid Date rather than refusing it.
const dateOrThrow = (value: Date | null | undefined, field: string): Date | null => {
  if (value === null || value === undefined) return null;
  if (Number.isNaN(value.getTime())) throw new DomainError('INVALID_DATE_RANGE', `${field} is not a valid date and time.`, { field });
  return value;
};

@Injectable()
export class SearchService {
  /**
   * Ranking statements wait their turn here (see DEFAULT_SEARCH_CONCURRENCY). The options are
   * optional because the bench's bare baseline builds this service without Nest, on the default.
   */
  private readonly ranking: Gate;

  constructor(
    private readonly repository: SearchRepository,
    @Optional() @Inject(SEARCH_OPTIONS) options?: SearchOptions,
  ) {
    this.ranking = new Gate(options?.concurrency ?? DEFAULT_SEARCH_CONCURRENCY);
  }

  /**
   * One page of what the viewer may read or see that matches `query`, best first. Access is
   * decided by the scopes of the access policy and enforced inside the SQL statement.
   */
  async find(viewer: Viewer, query: string, { first, after }: Page, filter: SearchFilter | null | undefined): Promise<SearchConnection> {
    const size = pageSize(first);
    const text = parseSearchQuery(query);
    const key = Cursors.search.decode(after);
    if (key && !(SEARCH_KINDS as readonly string[]).includes(key[1])) {
      throw new DomainError('INVALID_CURSOR', 'The "after" cursor is not one this list produced.', { field: 'after' });
    }
    const spaceId = idOrThrow(filter?.spaceId, 'filter.spaceId');
    const authorId = idOrThrow(filter?.authorId, 'filter.authorId');
    const from = dateOrThrow(filter?.from, 'filter.from');
    const to = dateOrThrow(filter?.to, 'filter.to');
    if (from && to && from.getTime() >= to.getTime()) {
      throw new DomainError('INVALID_DATE_RANGE', '"from" must be before "to".', { field: 'filter.from' });
    }
    const contentOnly = Boolean(spaceId || authorId || from || to);
    const wanted = filter?.kinds?.length ? SEARCH_KINDS.filter((k) => filter.kinds!.includes(k)) : SEARCH_KINDS;
    const { textQuery, nameQuery, asOf } = await this.repository.queries({ ...text, asOf: key?.[3] ?? null });
    // Content matches the stemmed query, spaces and people also the unstemmed one: a kind whose query is empty cannot match.
    const kinds = wanted.filter((k) => (CONTENT_KINDS.includes(k) ? textQuery : nameQuery && !contentOnly));
    if (kinds.length === 0) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

    const hits = await this.ranking.run(() =>
      this.repository.hits({
        readable: readableScope(viewer),
        listable: listableScope(viewer),
        kinds,
        textQuery,
        nameQuery,
        asOf,
        spaceId,
        authorId,
        from,
        to,
        after: key ? [key[0], key[1], key[2]] : null,
        limit: size + 1,
      }),
    );
    const page = hits.slice(0, size);
    const nodes = await this.load(viewer.id, page);
    const cursorOf = (hit: SearchHit) => Cursors.search.encode([hit.score, hit.kind, hit.id, asOf]);
    const edges = page.flatMap((hit): SearchEdge[] => {
      const node = nodes.get(hit.id);
      // A match deleted between the two statements is skipped; the cursor still moves past it.
      return node ? [{ cursor: cursorOf(hit), node, snippet: renderSnippet(hit.headline), rank: hit.score }] : [];
    });
    return { edges, pageInfo: { hasNextPage: hits.length > size, endCursor: page.length ? cursorOf(page.at(-1)!) : null } };
  }

  /** Loads the page's nodes, one query per kind present, in parallel. */
  private async load(viewerId: string, page: SearchHit[]): Promise<Map<string, SearchNode>> {
    const ids = (kind: SearchKind) => page.filter((hit) => hit.kind === kind).map((hit) => hit.id);
    const loaders: Record<SearchKind, (ids: string[]) => Promise<{ id: string }[]>> = {
      POST: (list) => this.repository.posts(viewerId, list),
      COMMENT: (list) => this.repository.comments(viewerId, list),
      SPACE: (list) => this.repository.spaces(viewerId, list),
      USER: (list) => this.repository.users(viewerId, list),
    };
    const loaded = await Promise.all(
      SEARCH_KINDS.filter((kind) => ids(kind).length > 0).map(async (kind) =>
        (await loaders[kind](ids(kind))).map((node) => tagged(node, kind) as SearchNode),
      ),
    );
    return new Map(loaded.flat().map((node) => [node.id, node]));
  }
}
