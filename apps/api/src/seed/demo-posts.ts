import type { PostKind } from '@chantier/domain';

import { type DemoCalendar, isWeekend, minutes } from './demo-calendar.js';
import { SCRIPTED_POSTS } from './demo-milestones.js';
import type { DemoPerson, DemoSpace, Theme } from './demo-model.js';
import { canAnnounceAt, canPostAt, type DemoOrg, scriptedTime } from './demo-org.js';
import { EXPERTS_BY_THEME } from './demo-people.js';
import { LAUNCH_DAYS_AGO } from './demo-spaces.js';
import type { ThreadBuilder } from './demo-threads.js';
import type { SeededRandom } from './seeded-random.js';

/** Everyday posts per working day once adoption has ramped up (the scripted story comes on top). */
const POSTS_PER_WORKDAY = 6;
/** Weeks it takes from launch until everyday posting reaches its full rate. */
const RAMP_DAYS = 35;
const COMPANY_STREAM_WEIGHT = 1.4;
/** Groups where the owning team does the telling and everyone else does the asking. */
const TEAM_LED: ReadonlySet<Theme> = new Set(['it', 'hr', 'finance', 'marketing', 'engineering', 'support']);

/**
 * A scripted author is a member of the space before the post: moves their membership earlier
 * when the random join time came after it. Throws when the story contradicts the access rules.
 */
export const prepareScriptedMembers = (org: DemoOrg, cal: DemoCalendar): void => {
  for (const post of SCRIPTED_POSTS) {
    if (!post.space) continue;
    const space = org.space(post.space);
    const author = org.person(post.author);
    const at = scriptedTime(cal, post, space.createdAt);
    const member = space.members.get(author.id);
    if (!member) throw new Error(`demo seed: ${post.author} posts in ${post.space} without being a member`);
    if (member.since.getTime() > at.getTime() - minutes(15)) {
      member.since = new Date(Math.max(space.createdAt.getTime(), author.onboardAt.getTime(), at.getTime() - minutes(45)));
    }
  }
};

/** The story: launch, kickoffs, wins and losses, on their fixed days. */
export const publishScriptedPosts = (org: DemoOrg, cal: DemoCalendar, threads: ThreadBuilder): void => {
  for (const post of SCRIPTED_POSTS) {
    const space = post.space ? org.space(post.space) : null;
    const author = org.person(post.author);
    const at = scriptedTime(cal, post, space?.createdAt ?? null);
    if (at.getTime() > cal.now.getTime() - minutes(1)) continue;
    if (!canPostAt(author, space, at)) throw new Error(`demo seed: ${post.author} may not post in ${post.space ?? 'the company stream'}`);
    if ((post.kind === 'ANNOUNCEMENT' || post.pinned) && !canAnnounceAt(author, space, at)) {
      throw new Error(`demo seed: ${post.author} may not announce or pin in ${post.space ?? 'the company stream'}`);
    }
    threads.publish({
      space,
      author,
      kind: post.kind,
      lang: post.lang,
      at,
      theme: space?.spec.theme ?? 'company',
      mood: post.mood ?? 'neutral',
      buzz: post.buzz ?? 0.5,
      pinned: post.pinned ?? false,
      body: post.body,
    });
  }
};

/**
 * Everyday chatter: a weekday rhythm in office hours, growing from launch as people adopt the
 * tool, spread over the company stream and the spaces by how lively each one is.
 */
export const publishEverydayPosts = (org: DemoOrg, cal: DemoCalendar, threads: ThreadBuilder, rng: SeededRandom): void => {
  for (let daysAgo = LAUNCH_DAYS_AGO; daysAgo >= 0; daysAgo -= 1) {
    const ramp = 0.45 + 0.55 * Math.min(1, (LAUNCH_DAYS_AGO - daysAgo) / RAMP_DAYS);
    const count = isWeekend(cal.day(daysAgo))
      ? rng.poisson(0.35)
      : Math.max(0, Math.round(POSTS_PER_WORKDAY * ramp + rng.between(-1.2, 1.2)));
    for (let i = 0; i < count; i += 1) {
      const at = cal.workTime(daysAgo, rng);
      if (at.getTime() < org.launchAt.getTime() + minutes(20) || at.getTime() > cal.now.getTime() - minutes(10)) continue;
      const r = rng.float();
      const choice = choosePlaceAndAuthor(org, cal, rng, at, r < 0.23);
      if (!choice) continue;
      const { space, author } = choice;
      const kind: PostKind = r < 0.23 ? 'QUESTION' : r < 0.32 && canAnnounceAt(author, space, at) ? 'ANNOUNCEMENT' : 'STATUS';
      const other = author.spec.locale === 'fr' ? 'en' : 'fr';
      threads.publish({
        space,
        author,
        kind,
        lang: rng.chance(0.85) ? author.spec.locale : other,
        at,
        theme: space?.spec.theme ?? 'company',
        mood: 'neutral',
        buzz: rng.chance(0.08) ? 1 : 0,
        pinned: false,
        body: null,
      });
    }
  }
};

const choosePlaceAndAuthor = (
  org: DemoOrg,
  cal: DemoCalendar,
  rng: SeededRandom,
  at: Date,
  asking: boolean,
): { space: DemoSpace | null; author: DemoPerson } | null => {
  const daysAgo = cal.daysAgoOf(at);
  const places: (DemoSpace | null)[] = [null, ...org.spaces];
  const weight = (space: DemoSpace | null): number => {
    if (space === null) return COMPANY_STREAM_WEIGHT;
    if (space.createdAt.getTime() > at.getTime()) return 0;
    const quiet = space.spec.quietAfterDaysAgo;
    return space.spec.weight * (quiet !== undefined && daysAgo < quiet ? 0.12 : 1);
  };
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const space = rng.weighted(places, weight);
    if (space === undefined) return null;
    const authors = org.people.filter((p) => canPostAt(p, space, at));
    const theme = space?.spec.theme ?? 'company';
    const experts = TEAM_LED.has(theme) ? EXPERTS_BY_THEME[theme]! : [];
    const author = rng.weighted(authors, (p) => (p.spec.talk ** 1.3 + 0.015) * (experts.includes(p.spec.dept) ? (asking ? 0.5 : 4) : 1));
    if (author) return { space, author };
  }
  return null;
};
