import { FEED_RANKING, pageSize, rankedAfter, rankFeed, readableScope, type Viewer } from '@chantier/domain';
import { Injectable } from '@nestjs/common';

import type { ConnectionShape } from '../common/graphql/connection.js';
import { TopFeedCursor, type TopFeedPosition } from '../common/graphql/cursor.js';
import type { Post } from '../posts/post.object.js';
import { TopFeedRepository } from './top-feed.repository.js';

type Page = { first?: number | null; after?: string | null };
type Slot = { id: string; cursor: string };

/*
 * homeFeed(mode: TOP): the candidate window ranked by @chantier/domain's rankFeed at an `asOf`
 * instant fixed by the first page and carried in every cursor, so each later page re-ranks the
 * same window with the same facts and continues strictly after the last (score, id) it gave.
 * When the ranked window runs out, the feed goes on with older posts by recency, so it never
 * ends early. Round trips per page: the viewer (auth guard), the window, the page's rows.
 */
@Injectable()
export class TopFeedService {
  constructor(private readonly feeds: TopFeedRepository) {}

  async home(viewer: Viewer, { first, after }: Page): Promise<ConnectionShape<Post>> {
    const size = pageSize(first);
    const position = TopFeedCursor.decode(after);
    const asOf = position ? new Date(position.asOf) : new Date();
    const scope = readableScope(viewer);
    // `size + 1` slots at most: the extra one tells whether there is a next page.
    const slots =
      position && 'older' in position
        ? await this.older(viewer, position.asOf, position.older, size)
        : await this.ranked(viewer, asOf, position, size);

    const page = slots.slice(0, size);
    const ids = page.map((slot) => slot.id);
    const rows = ids.length > 0 ? await this.feeds.posts(viewer.id, scope, ids) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    // A post deleted (or made unreadable) since the window query drops out; the cursors of the others stand.
    const edges = page.flatMap((slot) => {
      const node = byId.get(slot.id);
      return node ? [{ cursor: slot.cursor, node }] : [];
    });
    return { edges, pageInfo: { hasNextPage: slots.length > size, endCursor: page.at(-1)?.cursor ?? null } };
  }

  private async ranked(viewer: Viewer, asOf: Date, position: TopFeedPosition | null, size: number): Promise<Slot[]> {
    const at = asOf.toISOString();
    const { candidates, older } = await this.feeds.window(viewer.id, readableScope(viewer), asOf, FEED_RANKING.window, size + 1);
    const ranked = rankedAfter(rankFeed(candidates, asOf), position && 'ranked' in position ? position.ranked : null);
    return [
      ...ranked.slice(0, size + 1).map(({ score, id }) => ({ id, cursor: TopFeedCursor.encode({ asOf: at, ranked: { score, id } }) })),
      ...older.map(({ id, cursorTime }) => ({ id, cursor: TopFeedCursor.encode({ asOf: at, older: [cursorTime, id] }) })),
    ].slice(0, size + 1);
  }

  private async older(viewer: Viewer, asOf: string, after: readonly [string, string], size: number): Promise<Slot[]> {
    const older = await this.feeds.older(viewer.id, readableScope(viewer), after, size + 1);
    return older.map(({ id, cursorTime }) => ({ id, cursor: TopFeedCursor.encode({ asOf, older: [cursorTime, id] }) }));
  }
}
