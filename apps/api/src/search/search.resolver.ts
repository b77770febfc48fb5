import type { Viewer } from '@chantier/domain';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../common/auth/decorators.js';
import { SearchConnection, SearchFilter } from './search.object.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly searches: SearchService) {}

  @Query(() => SearchConnection, {
    description:
      'Posts, comments, spaces and people matching `query` (web-search syntax: "a phrase", -excluded, or), best first: ' +
      'relevance × recency. Only what the viewer may read or see. 1 to 200 characters.',
  })
  search(
    @CurrentViewer() viewer: Viewer,
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('filter', { type: () => SearchFilter, nullable: true }) filter?: SearchFilter,
  ) {
    return this.searches.find(viewer, query, { first, after }, filter);
  }
}
