import { InitialSchema1763870400000 } from './1763870400000-InitialSchema.js';
import { MentionsHashtagsNotifications1763900000000 } from './1763900000000-MentionsHashtagsNotifications.js';
import { FullTextSearch1763900100000 } from './1763900100000-FullTextSearch.js';
import { FeedRankingIndexes1763900200000 } from './1763900200000-FeedRankingIndexes.js';
import { SearchIndexes1763900300000 } from './1763900300000-SearchIndexes.js';
import { Connectors1763900400000 } from './1763900400000-Connectors.js';
import { JobQueue1763900450000 } from './1763900450000-JobQueue.js';
import { ImapState1763900500000 } from './1763900500000-ImapState.js';
import { SearchIndexRowLimit1763900600000 } from './1763900600000-SearchIndexRowLimit.js';
import { SearchDayGin1763900700000 } from './1763900700000-SearchDayGin.js';
import { FeedEngagementCounts1763900800000 } from './1763900800000-FeedEngagementCounts.js';

/** Every migration, in order. Listed explicitly: globs do not survive an ESM build. */
export const MIGRATIONS = [
  InitialSchema1763870400000,
  MentionsHashtagsNotifications1763900000000,
  FullTextSearch1763900100000,
  FeedRankingIndexes1763900200000,
  SearchIndexes1763900300000,
  Connectors1763900400000,
  JobQueue1763900450000,
  ImapState1763900500000,
  SearchIndexRowLimit1763900600000,
  SearchDayGin1763900700000,
  FeedEngagementCounts1763900800000,
];
