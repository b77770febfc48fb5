import { canReadPlace, DomainError, isId, pageSize, readableScope, type Viewer } from '@chantier/domain';
import { Injectable } from '@nestjs/common';

import { assertAllowed } from '../common/errors/assert-allowed.js';
import { toConnection } from '../common/graphql/connection.js';
import { Cursors } from '../common/graphql/cursor.js';
import { SpacesService } from '../spaces/spaces.service.js';
import { FeedRepository } from './feed.repository.js';

type Page = { first?: number | null; after?: string | null };

@Injectable()
export class FeedService {
  constructor(
    private readonly feeds: FeedRepository,
    private readonly spaces: SpacesService,
  ) {}

  async home(viewer: Viewer, { first, after }: Page) {
    const size = pageSize(first);
    const key = Cursors.homeFeed.decode(after);
    const rows = await this.feeds.home(viewer.id, readableScope(viewer), key, size + 1);
    return toConnection(rows, size, (p) => Cursors.homeFeed.encode([p.cursorTime, p.id]));
  }

  async space(viewer: Viewer, spaceId: string, { first, after }: Page) {
    const size = pageSize(first);
    const key = Cursors.spaceFeed.decode(after);
    const space = await this.spaces.visibleSpace(viewer, { id: spaceId });
    assertAllowed(canReadPlace(viewer, space));
    const rows = await this.feeds.space(viewer.id, space.id, key, size + 1);
    return toConnection(rows, size, (p) => Cursors.spaceFeed.encode([p.pinned, p.cursorTime, p.id]));
  }

  async author(viewer: Viewer, userId: string, { first, after }: Page) {
    const size = pageSize(first);
    const key = Cursors.userFeed.decode(after);
    if (!isId(userId)) throw new DomainError('USER_NOT_FOUND', 'No such person.');
    const rows = await this.feeds.author(viewer.id, readableScope(viewer), userId, key, size + 1);
    return toConnection(rows, size, (p) => Cursors.userFeed.encode([p.cursorTime, p.id]));
  }
}
