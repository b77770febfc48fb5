import { type DynamicModule, Module } from '@nestjs/common';

import { SearchRepository } from './search.repository.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';
import { SEARCH_OPTIONS, type SearchOptions } from './search-options.js';

@Module({})
export class SearchModule {
  static forRoot(options: SearchOptions): DynamicModule {
    return {
      module: SearchModule,
      providers: [{ provide: SEARCH_OPTIONS, useValue: options }, SearchRepository, SearchService, SearchResolver],
    };
  }
}
