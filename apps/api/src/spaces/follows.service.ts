import { canReadPlace, DomainError, isId, type Viewer } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ActivityRecorder } from '../activity/activity.recorder.js';
import { assertAllowed } from '../common/errors/assert-allowed.js';
import { SpacesRepository } from './spaces.repository.js';
import { SpacesService } from './spaces.service.js';

/** Following a person or a space: their posts reach the follower's home feed. */
@Injectable()
export class FollowsService {
  constructor(
    private readonly spacesRepo: SpacesRepository,
    private readonly spaces: SpacesService,
    private readonly activity: ActivityRecorder,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async follow(viewer: Viewer, targetId: string): Promise<boolean> {
    if (targetId === viewer.id) throw new DomainError('CANNOT_FOLLOW_SELF', 'You cannot follow yourself.', { field: 'targetId' });
    if (isId(targetId) && (await this.spacesRepo.userExists(targetId))) {
      await this.db.transaction(async (tx) => {
        if (await this.spacesRepo.follow(tx, viewer.id, { userId: targetId })) {
          await this.activity.record(tx, { actorId: viewer.id, verb: 'follow', targetType: 'person', targetId, targetAuthorId: targetId });
        }
      });
      return true;
    }
    const space = await this.spaces.visibleSpace(viewer, { id: targetId }).catch(() => {
      throw new DomainError('TARGET_NOT_FOUND', 'There is no person or space with this id.', { field: 'targetId' });
    });
    assertAllowed(canReadPlace(viewer, space));
    await this.db.transaction(async (tx) => {
      if (await this.spacesRepo.follow(tx, viewer.id, { spaceId: space.id })) {
        await this.activity.record(tx, { actorId: viewer.id, verb: 'follow', targetType: 'space', targetId: space.id, spaceId: space.id });
      }
    });
    return true;
  }

  async unfollow(viewer: Viewer, targetId: string): Promise<boolean> {
    if (!isId(targetId)) throw new DomainError('TARGET_NOT_FOUND', 'There is no person or space with this id.', { field: 'targetId' });
    await this.db.transaction(async (tx) => {
      const unfollowed = await this.spacesRepo.unfollow(tx, viewer.id, targetId);
      if (unfollowed === 'person') {
        await this.activity.record(tx, { actorId: viewer.id, verb: 'unfollow', targetType: 'person', targetId, targetAuthorId: targetId });
      } else if (unfollowed === 'space') {
        await this.activity.record(tx, { actorId: viewer.id, verb: 'unfollow', targetType: 'space', targetId, spaceId: targetId });
      }
    });
    return true;
  }
}
