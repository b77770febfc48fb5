import { Module } from '@nestjs/common';

import { HashtagsRepository } from './hashtags.repository.js';
import { HashtagsResolver } from './hashtags.resolver.js';
import { HashtagsService } from './hashtags.service.js';

@Module({ providers: [HashtagsRepository, HashtagsService, HashtagsResolver], exports: [HashtagsRepository] })
export class HashtagsModule {}
