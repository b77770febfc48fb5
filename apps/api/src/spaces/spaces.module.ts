import { Module } from '@nestjs/common';

import { FollowsResolver } from './follows.resolver.js';
import { FollowsService } from './follows.service.js';
import { SpacesRepository } from './spaces.repository.js';
import { SpacesResolver } from './spaces.resolver.js';
import { SpacesService } from './spaces.service.js';

@Module({
  providers: [SpacesRepository, SpacesService, SpacesResolver, FollowsService, FollowsResolver],
  exports: [SpacesService],
})
export class SpacesModule {}
