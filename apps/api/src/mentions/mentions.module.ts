import { Module } from '@nestjs/common';

import { SpacesModule } from '../spaces/spaces.module.js';
import { MentionsRepository } from './mentions.repository.js';
import { MentionsResolver } from './mentions.resolver.js';
import { MentionsService } from './mentions.service.js';

@Module({ imports: [SpacesModule], providers: [MentionsRepository, MentionsService, MentionsResolver], exports: [MentionsRepository] })
export class MentionsModule {}
