import { canReadPlace, DomainError, normaliseMention, pageSize, type Viewer } from '@chantier/domain';
import { Injectable } from '@nestjs/common';

import { assertAllowed } from '../common/errors/assert-allowed.js';
import type { User } from '../people/user.object.js';
import { SpacesService } from '../spaces/spaces.service.js';
import { MentionsRepository } from './mentions.repository.js';

const MAX_QUERY_LENGTH = 100;
const DEFAULT_CANDIDATES = 10;

@Injectable()
export class MentionsService {
  constructor(
    private readonly mentions: MentionsRepository,
    private readonly spaces: SpacesService,
  ) {}

  /**
   * People to offer after `@` in the composer. For a PRIVATE or SECRET space, only its members
   * (the only people a mention there reaches); a space the viewer may not see answers
   * SPACE_NOT_FOUND exactly as a missing one, and one they may not read NOT_A_MEMBER.
   */
  async candidates(
    viewer: Viewer,
    rawQuery: string,
    spaceId: string | null | undefined,
    first: number | null | undefined,
  ): Promise<User[]> {
    const limit = pageSize(first ?? DEFAULT_CANDIDATES);
    const text = rawQuery.trim().replace(/^@/, '');
    if (text.length > MAX_QUERY_LENGTH) {
      throw new DomainError('QUERY_TOO_LONG', `Search text is limited to ${MAX_QUERY_LENGTH} characters.`, { field: 'query' });
    }
    let memberOf: string | null = null;
    if (spaceId) {
      const space = await this.spaces.visibleSpace(viewer, { id: spaceId });
      assertAllowed(canReadPlace(viewer, space));
      if (space.visibility !== 'PUBLIC') memberOf = space.id;
    }
    return this.mentions.candidates(viewer.id, { text, handle: normaliseMention(text) ?? '' }, memberOf, limit);
  }
}
