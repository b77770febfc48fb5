import { DomainError, normaliseHashtag, pageSize, readableScope, type Viewer } from '@chantier/domain';
import { Injectable } from '@nestjs/common';

import { toConnection } from '../common/graphql/connection.js';
import { Cursors } from '../common/graphql/cursor.js';
import type { Hashtag } from './hashtag.object.js';
import { HashtagsRepository } from './hashtags.repository.js';

/** Accepts `deal` or `#deal`; anything that is not a tag is INVALID_HASHTAG. */
const validTag = (raw: string): string => {
  const tag = normaliseHashtag(raw.trim());
  if (!tag)
    throw new DomainError('INVALID_HASHTAG', 'This is not a hashtag: letters, digits or _, with at least one letter.', { field: 'tag' });
  return tag;
};

@Injectable()
export class HashtagsService {
  constructor(private readonly hashtags: HashtagsRepository) {}

  /** The tag as the viewer sees it, or null when no post they may read carries it (so a tag used only in a secret space stays unknown). */
  async hashtag(viewer: Viewer, raw: string): Promise<Hashtag | null> {
    const tag = validTag(raw);
    const postCount = await this.hashtags.visiblePostCount(readableScope(viewer), tag);
    return postCount > 0 ? { tag, postCount } : null;
  }

  async feed(viewer: Viewer, raw: string, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first);
    const tag = validTag(raw);
    const key = Cursors.hashtagFeed.decode(after);
    const rows = await this.hashtags.feed(viewer.id, readableScope(viewer), tag, key, size + 1);
    return toConnection(rows, size, (p) => Cursors.hashtagFeed.encode([p.cursorTime, p.id]));
  }
}
