import { randomUUID } from 'node:crypto';

import { ActivityLog, projectClosedAt, recordOrganisation } from './demo-activity.js';
import { DemoCalendar } from './demo-calendar.js';
import type { ActivityRow, DemoComment, DemoPost, DemoReaction } from './demo-model.js';
import type { ProjectSpec } from './demo-model.js';
import { buildNotifications, type DemoNotification } from './demo-notifications.js';
import { buildOrganisation, type DemoOrg } from './demo-org.js';
import { prepareScriptedMembers, publishEverydayPosts, publishScriptedPosts } from './demo-posts.js';
import { collectReferences, type DemoReferences } from './demo-references.js';
import { TextComposer } from './demo-texts.js';
import { ThreadBuilder } from './demo-threads.js';
import { hashString, SeededRandom } from './seeded-random.js';

const SEED = hashString('chantier demo organisation v1');

export interface DemoProject {
  readonly id: string;
  readonly spaceId: string;
  readonly spec: ProjectSpec;
  readonly startDate: string;
  readonly endDate: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Everything the seed writes, computed in memory before the first SQL statement. */
export interface DemoPlan {
  readonly org: DemoOrg;
  readonly projects: DemoProject[];
  readonly posts: DemoPost[];
  readonly comments: DemoComment[];
  readonly reactions: DemoReaction[];
  readonly activity: ActivityRow[];
  /** Mentions and hashtags read from the texts, as the API stores them when content is written. */
  readonly references: DemoReferences;
  readonly notifications: DemoNotification[];
}

/**
 * Builds the demo organisation for `now`: the same `now` gives the same people, spaces, texts
 * and timestamps (only the generated ids differ).
 */
export const buildDemoPlan = (now: Date, newId: () => string = randomUUID): DemoPlan => {
  const rng = new SeededRandom(SEED);
  const cal = new DemoCalendar(now);
  const org = buildOrganisation(rng.fork('organisation'), cal, newId);
  const log = new ActivityLog();
  const threads = new ThreadBuilder(org, cal, new TextComposer(rng.fork('texts')), log, newId, rng.fork('threads'));

  prepareScriptedMembers(org, cal);
  publishScriptedPosts(org, cal, threads);
  publishEverydayPosts(org, cal, threads, rng.fork('everyday'));
  const { posts, comments, reactions } = threads;
  const references = collectReferences(org, posts, comments, log, newId);
  recordOrganisation(log, org, cal);
  log.addVisits(org, cal, rng.fork('visits'));
  const activity = log.sorted();
  const notifications = buildNotifications({ org, cal, posts, comments, reactions, references, activity, newId });

  const projects = org.spaces.flatMap((space): DemoProject[] => {
    const spec = space.spec.project;
    if (!spec || !space.projectId) return [];
    return [
      {
        id: space.projectId,
        spaceId: space.id,
        spec,
        startDate: cal.isoDate(spec.startDaysAgo),
        endDate: cal.isoDate(spec.endDaysAgo),
        createdAt: space.createdAt,
        updatedAt: spec.closedDaysAgo !== undefined ? projectClosedAt(cal, spec.closedDaysAgo) : space.createdAt,
      },
    ];
  });

  return { org, projects, posts, comments, reactions, activity, references, notifications };
};
