import { deriveHandle, type Place, slugify, type Viewer } from '@chantier/domain';

import { days, type DemoCalendar, hours, isWeekend, minutes } from './demo-calendar.js';
import { SCRIPTED_POSTS, type ScriptedPost } from './demo-milestones.js';
import type { DemoFollow, DemoMember, DemoPerson, DemoSpace } from './demo-model.js';
import { DEMO_DEPARTMENTS, DEMO_DOMAIN, DEMO_PEOPLE, type DepartmentKey } from './demo-people.js';
import { DEMO_SPACES, LAUNCH_DAYS_AGO } from './demo-spaces.js';
import type { SeededRandom } from './seeded-random.js';

export interface DemoDepartment {
  readonly id: string;
  readonly key: DepartmentKey;
  readonly name: string;
  readonly createdAt: Date;
}

export interface DemoOrg {
  readonly launchAt: Date;
  readonly departments: DemoDepartment[];
  readonly people: DemoPerson[];
  readonly person: (local: string) => DemoPerson;
  readonly spaces: DemoSpace[];
  readonly space: (key: string) => DemoSpace;
  readonly follows: DemoFollow[];
}

const earliest = (a: Date, b: Date): Date => (a.getTime() <= b.getTime() ? a : b);
const latest = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);
const plus = (at: Date, ms: number): Date => new Date(at.getTime() + ms);

/** The nearest weekday on or before `daysAgo` days before now. */
export const weekdayOnOrBefore = (cal: DemoCalendar, daysAgo: number): number => {
  let d = daysAgo;
  while (isWeekend(cal.day(d))) d += 1;
  return d;
};

/** When a scripted post happens: its weekday and hour, never before its space exists. */
export const scriptedTime = (cal: DemoCalendar, post: ScriptedPost, spaceCreatedAt: Date | null): Date => {
  const at = cal.at(weekdayOnOrBefore(cal, post.daysAgo), post.hour * 60);
  return spaceCreatedAt ? latest(at, plus(spaceCreatedAt, minutes(15))) : at;
};

export const activeAt = (p: DemoPerson, t: Date): boolean =>
  p.onboardAt.getTime() <= t.getTime() && (p.deactivatedAt === null || t.getTime() < p.deactivatedAt.getTime());

export const memberAt = (space: DemoSpace, p: DemoPerson, t: Date): DemoMember | undefined => {
  const m = space.members.get(p.id);
  return m && m.since.getTime() <= t.getTime() ? m : undefined;
};

/** May p read (and so comment on and react to) this place at t? Mirrors canReadPlace/canInteractIn. */
export const canReadAt = (p: DemoPerson, space: DemoSpace | null, t: Date): boolean =>
  activeAt(p, t) && (space === null || space.visibility === 'PUBLIC' || memberAt(space, p, t) !== undefined);

/** Where content lives, as the access policy sees it. */
export const placeOf = (space: DemoSpace | null): Place => (space ? { id: space.id, visibility: space.visibility } : null);

/**
 * p as the API would have loaded them at t for an action in `space` (ViewerRepository.loadMany
 * with membershipsIn): `active` is the account's state then, not the day they started using Chantier.
 */
export const viewerAt = (p: DemoPerson, space: DemoSpace | null, t: Date): Viewer => {
  const member = space ? memberAt(space, p, t) : undefined;
  return {
    id: p.id,
    role: p.spec.role ?? 'MEMBER',
    active: p.activatedAt.getTime() <= t.getTime() && (p.deactivatedAt === null || t.getTime() < p.deactivatedAt.getTime()),
    memberships: new Map(space && member ? [[space.id, member.role]] : []),
  };
};

/** May p post here at t? Mirrors canPostIn: members only in spaces. */
export const canPostAt = (p: DemoPerson, space: DemoSpace | null, t: Date): boolean =>
  activeAt(p, t) && (space === null || memberAt(space, p, t) !== undefined);

/** May p post an announcement here? Mirrors canModerate: space moderators, admins on the company stream. */
export const canAnnounceAt = (p: DemoPerson, space: DemoSpace | null, t: Date): boolean => {
  if (!activeAt(p, t)) return false;
  if (space === null) return p.spec.role === 'ADMIN';
  const role = memberAt(space, p, t)?.role;
  return role === 'OWNER' || role === 'MODERATOR';
};

/** Departments, people, spaces with their members, and who follows whom. */
export const buildOrganisation = (rng: SeededRandom, cal: DemoCalendar, newId: () => string): DemoOrg => {
  const now = cal.now;
  const launchAt = cal.at(LAUNCH_DAYS_AGO, 9 * 60);
  const provisionedAt = cal.at(weekdayOnOrBefore(cal, LAUNCH_DAYS_AGO + 3), 10 * 60);

  const departments = (Object.keys(DEMO_DEPARTMENTS) as DepartmentKey[]).map((key) => ({
    id: newId(),
    key,
    name: DEMO_DEPARTMENTS[key],
    createdAt: plus(provisionedAt, -hours(1)),
  }));
  const departmentId = new Map(departments.map((d) => [d.key, d.id]));

  // Spaces open on a weekday morning; their owners and scripted authors must be on board by then.
  const spaceRng = rng.fork('spaces');
  const createdAt = new Map(
    DEMO_SPACES.map((s) => [s.key, cal.at(weekdayOnOrBefore(cal, s.createdDaysAgo), spaceRng.between(8.5 * 60, 11 * 60))]),
  );
  const needed = new Map<string, Date>();
  const need = (local: string, at: Date) => needed.set(local, earliest(needed.get(local) ?? at, at));
  for (const s of DEMO_SPACES) need(s.owner, createdAt.get(s.key)!);
  for (const post of SCRIPTED_POSTS) need(post.author, scriptedTime(cal, post, post.space ? createdAt.get(post.space)! : null));

  const peopleRng = rng.fork('people');
  const handles = new Set<string>();
  const people = DEMO_PEOPLE.map((spec): DemoPerson => {
    const activatedAt = spec.hiredDaysAgo ? cal.at(spec.hiredDaysAgo, 8.5 * 60) : provisionedAt;
    const startDay = spec.hiredDaysAgo ? spec.hiredDaysAgo - spec.onboard : LAUNCH_DAYS_AGO - spec.onboard;
    let onboardAt = latest(
      cal.at(weekdayOnOrBefore(cal, startDay), peopleRng.between(8.5 * 60, 11.5 * 60)),
      plus(activatedAt, minutes(20)),
    );
    const required = needed.get(spec.local);
    if (required) onboardAt = latest(earliest(onboardAt, plus(required, -minutes(30))), activatedAt);
    const email = `${spec.local}@${DEMO_DOMAIN}`;
    const handle = deriveHandle(email, (candidate) => handles.has(candidate));
    handles.add(handle);
    return {
      id: newId(),
      spec,
      email,
      handle,
      departmentId: departmentId.get(spec.dept)!,
      activatedAt,
      deactivatedAt: spec.leftDaysAgo ? cal.at(spec.leftDaysAgo, 18 * 60) : null,
      onboardAt,
    };
  });
  const byLocal = new Map(people.map((p) => [p.spec.local, p]));
  const person = (local: string): DemoPerson => {
    const found = byLocal.get(local);
    if (!found) throw new Error(`demo seed: unknown person ${local}`);
    return found;
  };

  const memberRng = rng.fork('members');
  const slugs = new Set<string>();
  const spaces = DEMO_SPACES.map((spec): DemoSpace => {
    const base = slugify(spec.name);
    let slug = base;
    for (let n = 2; slugs.has(slug); n += 1) slug = `${base}-${n}`;
    slugs.add(slug);
    const opened = createdAt.get(spec.key)!;
    const owner = person(spec.owner);
    const members = new Map<string, DemoMember>([[owner.id, { person: owner, role: 'OWNER', since: opened }]]);
    const add = (p: DemoPerson, role: 'MODERATOR' | 'MEMBER', late: boolean) => {
      if (members.has(p.id)) return;
      const start = latest(opened, p.onboardAt);
      const delay = role === 'MODERATOR' ? minutes(memberRng.between(5, 90)) : Math.min(memberRng.logNormal(hours(5), 3), days(10));
      let since = late ? new Date(memberRng.between(start.getTime(), now.getTime() - days(1))) : plus(start, delay);
      since = cal.nextWorkMoment(since, memberRng);
      if (since.getTime() > now.getTime() - hours(1)) since = plus(start, minutes(10));
      if (since.getTime() > now.getTime() || (p.deactivatedAt && since.getTime() >= p.deactivatedAt.getTime())) return;
      members.set(p.id, { person: p, role, since });
    };
    for (const local of spec.moderators ?? []) add(person(local), 'MODERATOR', false);
    for (const local of spec.members ?? []) add(person(local), 'MEMBER', false);
    for (const p of people) if (spec.departments?.includes(p.spec.dept)) add(p, 'MEMBER', memberRng.chance(0.15));
    const others = people.filter((p) => !members.has(p.id));
    for (const p of memberRng.weightedSample(others, spec.extra ?? 0, (q) => q.spec.talk + 0.2)) add(p, 'MEMBER', memberRng.chance(0.35));
    return {
      id: newId(),
      spec,
      slug,
      visibility: spec.visibility,
      createdAt: opened,
      owner,
      projectId: spec.project ? newId() : null,
      members,
    };
  });
  const byKey = new Map(spaces.map((s) => [s.spec.key, s]));
  const space = (key: string): DemoSpace => {
    const found = byKey.get(key);
    if (!found) throw new Error(`demo seed: unknown space ${key}`);
    return found;
  };

  return { launchAt, departments, people, person, spaces, space, follows: buildFollows(rng.fork('follows'), cal, people, spaces, person) };
};

const buildFollows = (
  rng: SeededRandom,
  cal: DemoCalendar,
  people: DemoPerson[],
  spaces: DemoSpace[],
  person: (local: string) => DemoPerson,
): DemoFollow[] => {
  const now = cal.now.getTime();
  const follows: DemoFollow[] = [];
  const when = (follower: DemoPerson, from: Date, median: number): Date | null => {
    const at = cal.nextWorkMoment(plus(latest(from, follower.onboardAt), Math.min(rng.logNormal(median, 2.5), days(40))), rng);
    if (at.getTime() > now - minutes(5)) return null;
    if (follower.deactivatedAt && at.getTime() >= follower.deactivatedAt.getTime()) return null;
    return at;
  };
  for (const follower of people) {
    const count = Math.min(12, 1 + rng.poisson(1.5 + 5 * follower.spec.talk));
    const candidates = people.filter((p) => p !== follower);
    const weight = (p: DemoPerson) => (p.spec.leader ? 3 : 1) * (p.spec.dept === follower.spec.dept ? 2.5 : 1) * (0.15 + p.spec.talk);
    for (const target of rng.weightedSample(candidates, count, weight)) {
      const at = when(follower, latest(target.onboardAt, follower.onboardAt), days(3));
      if (at) follows.push({ follower, targetUser: target, targetSpace: null, at });
    }
    const publicSpaces = spaces.filter((s) => s.visibility === 'PUBLIC' && !s.members.has(follower.id));
    for (const target of rng.weightedSample(publicSpaces, rng.poisson(0.4 + 1.5 * follower.spec.talk), (s) => s.spec.weight)) {
      const at = when(follower, target.createdAt, days(5));
      if (at) follows.push({ follower, targetUser: null, targetSpace: target, at });
    }
  }
  // bob follows alice: the home feed of the demo's second login shows her posts.
  const [alice, bob] = [person('alice'), person('bob')];
  if (!follows.some((f) => f.follower === bob && f.targetUser === alice)) {
    follows.push({
      follower: bob,
      targetUser: alice,
      targetSpace: null,
      at: cal.nextWorkMoment(plus(latest(alice.onboardAt, bob.onboardAt), hours(26)), rng),
    });
  }
  return follows.sort((a, b) => a.at.getTime() - b.at.getTime());
};
