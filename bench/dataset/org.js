import { deriveHandle, slugify } from '@chantier/domain';

import { randomStream, TAG, uuidFor } from './random.js';
import { CUSTOMERS, DEPARTMENTS, FIRST_NAMES, LAST_NAMES, SPACE_TOPICS, TITLES } from './words.js';

/*
 * The organisation of dataset M: departments, people, spaces (with their business projects),
 * memberships and follows. People are numbered by how active they are (0 = most active), so
 * Zipf draws over index ranges skew authorship, membership and follows towards the same people.
 */

const DAY = 86_400_000;

export const makeOrg = ({ seed, scale, anchor }) => {
  const userCount = Math.round(10_000 * scale);
  const spaceCount = Math.max(12, Math.round(300 * scale));
  const historyStart = anchor - 180 * DAY;

  const departments = DEPARTMENTS.map((name, i) => ({ id: uuidFor(TAG.department, i), name, createdAt: historyStart - 400 * DAY }));

  const people = randomStream(seed, 'people');
  const handles = new Set();
  const users = [];
  const byDepartment = departments.map(() => []);
  for (let i = 0; i < userCount; i += 1) {
    const first = people.pick(FIRST_NAMES);
    const last = people.pick(LAST_NAMES);
    const department = people.zipf(departments.length, 0.6);
    const handle = deriveHandle(`${first}.${last}@x`, (h) => handles.has(h));
    handles.add(handle);
    const departmentName = departments[department].name;
    users.push({
      id: uuidFor(TAG.user, i),
      email: `${handle}@m.chantier.test`,
      handle,
      displayName: `${first} ${last}`,
      title: people.pick(TITLES[departmentName]),
      department,
      locale: people.chance(0.6) ? 'fr' : 'en',
      role: i % 1000 === 3 ? 'ADMIN' : i % 1000 === 7 ? 'ANALYST' : 'MEMBER',
      createdAt: historyStart - (30 + people.int(700)) * DAY,
    });
    byDepartment[department].push(i);
  }

  const spacesRng = randomStream(seed, 'spaces');
  const spaces = [];
  const projects = [];
  const members = []; // per space: user indexes, most active first
  const userSpaces = users.map(() => []);
  for (let s = 0; s < spaceCount; s += 1) {
    // Rank 1 is forced PRIVATE and large, rank 0 PUBLIC: realtime fans out to members of a private space.
    const roll = spacesRng.next();
    const visibility = s === 0 ? 'PUBLIC' : s === 1 ? 'PRIVATE' : roll < 0.1 ? 'PRIVATE' : roll < 0.15 ? 'SECRET' : 'PUBLIC';
    const kind = s > 1 && spacesRng.chance(0.45) ? 'PROJECT' : 'GROUP';
    const home = spacesRng.int(departments.length);
    const topic = spacesRng.pick(SPACE_TOPICS);
    const customer = spacesRng.pick(CUSTOMERS);
    const name = s === 0 ? 'Company news' : kind === 'PROJECT' ? `${customer} ${topic} ${s}` : `${topic} ${departments[home].name} ${s}`;
    const createdAt = historyStart - (10 + spacesRng.int(300)) * DAY;

    const target = Math.min(userCount, Math.round((8 + 2_400 / (s + 1) ** 0.85) * Math.max(scale, 0.05) ** 0.5));
    const chosen = new Set();
    for (let tries = 0; chosen.size < target && tries < target * 20; tries += 1) {
      const pool = byDepartment[home];
      const fromHome = pool.length > 0 && spacesRng.chance(0.6);
      chosen.add(fromHome ? pool[spacesRng.zipf(pool.length, 0.7)] : spacesRng.zipf(userCount, 0.7));
    }
    const list = Int32Array.from(chosen).sort();
    members.push(list);
    const owner = [...chosen][0];
    const memberships = [...chosen].map((user, rank) => ({
      user,
      role: rank === 0 ? 'OWNER' : rank < 3 ? 'MODERATOR' : 'MEMBER',
      createdAt: createdAt + spacesRng.int(5 * DAY),
    }));
    for (const m of memberships) userSpaces[m.user].push(s);
    spaces.push({
      id: uuidFor(TAG.space, s),
      slug: `${slugify(name)}`,
      name,
      kind,
      visibility,
      description: `${name}: ${kind === 'PROJECT' ? `delivery with ${customer}` : `the ${topic.toLowerCase()} community`}.`,
      owner,
      createdAt,
      memberships,
    });
    if (kind === 'PROJECT') {
      const status = spacesRng.pick(['PLANNED', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'WON', 'LOST', 'DELIVERED', 'CANCELLED']);
      const start = new Date(createdAt + 7 * DAY);
      const target = 10_000 * (1 + spacesRng.int(200));
      projects.push({
        id: uuidFor(TAG.project, s),
        space: s,
        externalKey: spacesRng.chance(0.5) ? `crm:OPP-${1000 + s}` : `jira:M${s}`,
        customer,
        status,
        goal: `Deliver ${topic.toLowerCase()} for ${customer}`,
        targetValue: target,
        currency: spacesRng.pick(['EUR', 'EUR', 'USD', 'GBP']),
        outcomeValue: status === 'WON' || status === 'DELIVERED' ? Math.round(target * (0.6 + spacesRng.next() * 0.8)) : null,
        startDate: start.toISOString().slice(0, 10),
        endDate: new Date(start.getTime() + (60 + spacesRng.int(300)) * DAY).toISOString().slice(0, 10),
        createdAt,
      });
    }
  }

  // Follows: a few PUBLIC spaces and popular people, never oneself, never twice.
  const followRng = randomStream(seed, 'follows');
  const publicSpaces = spaces.flatMap((space, s) => (space.visibility === 'PUBLIC' ? [s] : []));
  const follows = [];
  for (let u = 0; u < userCount; u += 1) {
    const spaceTargets = new Set();
    for (let n = followRng.zipf(6, 1); n > 0; n -= 1) spaceTargets.add(publicSpaces[followRng.zipf(publicSpaces.length, 1)]);
    const userTargets = new Set();
    for (let n = followRng.zipf(12, 0.8); n > 0; n -= 1) {
      const target = followRng.zipf(userCount, 1.1);
      if (target !== u) userTargets.add(target);
    }
    const at = () => historyStart - followRng.int(60 * DAY);
    for (const s of spaceTargets) follows.push({ follower: u, space: s, createdAt: at() });
    for (const t of userTargets) follows.push({ follower: u, user: t, createdAt: at() });
  }

  return { seed, scale, anchor, historyStart, departments, users, spaces, projects, members, userSpaces, follows };
};
