import { InitialSchema1763870400000 } from './1763870400000-InitialSchema.js';
import { MentionsHashtagsNotifications1763900000000 } from './1763900000000-MentionsHashtagsNotifications.js';
import { FullTextSearch1763900100000 } from './1763900100000-FullTextSearch.js';
import { FeedRankingIndexes1763900200000 } from './1763900200000-FeedRankingIndexes.js';
import { SearchIndexes1763900300000 } from './1763900300000-SearchIndexes.js';

/** Every migration, in order. Listed explicitly: globs do not survive an ESM build. */
export const MIGRATIONS = [
  InitialSchema1763870400000,
  MentionsHashtagsNotifications1763900000000,
  FullTextSearch1763900100000,
  FeedRankingIndexes1763900200000,
  SearchIndexes1763900300000,
];
