import { randomStream, uuidHash } from './random.js';

/*
 * The shape of dataset M's content before any row is written: which space and author each post
 * has, when it was written, and how many comments and reactions it will get. Counts are decided
 * up front so post.comment_count is right when the post row is copied, and totals are exact.
 */

const HOUR = 3_600_000;

const parisDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const parisDays = new Map();
/** The organisation's calendar day (ANALYTICS.md §0.4) of a time; Paris offsets are whole hours. */
export const parisDay = (ms) => {
  const hour = Math.floor(ms / HOUR);
  let day = parisDays.get(hour);
  if (!day) {
    day = parisDayFormat.format(new Date(hour * HOUR));
    parisDays.set(hour, day);
  }
  return day;
};

/**
 * ISO time with microseconds, as PostgreSQL stores them; the extra digits (keeping sort keys
 * distinct) come from the row's identity, so a row and its activity entry carry the same instant.
 */
export const isoTime = (ms, tag, index) =>
  `${new Date(Math.floor(ms)).toISOString().slice(0, -1)}${String(uuidHash(tag, index) % 1000).padStart(3, '0')}Z`;

/** Spreads `total` over items in proportion to `weights`, never above `caps`, summing exactly to `total`. */
export const allocate = (rng, total, weights, caps) => {
  let sum = 0;
  for (const w of weights) sum += w;
  const counts = new Int32Array(weights.length);
  let assigned = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const expected = (weights[i] * total) / sum;
    const whole = Math.floor(expected);
    counts[i] = Math.min(caps[i], whole + (rng.next() < expected - whole ? 1 : 0));
    assigned += counts[i];
  }
  for (let guard = 0; assigned !== total && guard < 100 * weights.length; guard += 1) {
    const i = rng.int(weights.length);
    if (assigned < total && counts[i] < caps[i]) {
      counts[i] += 1;
      assigned += 1;
    } else if (assigned > total && counts[i] > 0) {
      counts[i] -= 1;
      assigned -= 1;
    }
  }
  if (assigned !== total) throw new Error(`dataset: cannot place ${total} items under the caps (placed ${assigned})`);
  return counts;
};

/** A time in the history window, shaped like office life: weekdays, office hours, slowly growing. */
const officeTime = (rng, start, end) => {
  for (;;) {
    const t = start + rng.next() * (end - start);
    const date = new Date(t + HOUR); // ≈ Paris
    const day = date.getUTCDay();
    const hour = date.getUTCHours();
    let weight = day === 0 || day === 6 ? 0.12 : 1;
    weight *= hour >= 8 && hour < 19 ? 1 : hour >= 7 && hour < 22 ? 0.25 : 0.03;
    weight *= 0.6 + (0.4 * (t - start)) / (end - start);
    if (rng.next() < weight) return t;
  }
};

export const KINDS = ['STATUS', 'QUESTION', 'ANNOUNCEMENT'];

export const planContent = (org, { posts: postTotal, comments: commentTotal, postReactions }) => {
  const rng = randomStream(org.seed, 'plan');
  const userCount = org.users.length;
  const moderators = org.spaces.map((space) => new Set(space.memberships.filter((m) => m.role !== 'MEMBER').map((m) => m.user)));
  /** How many people may read a place (-1 = company stream). */
  const readers = (s) => (s < 0 || org.spaces[s].visibility === 'PUBLIC' ? userCount : org.members[s].length);

  const space = new Int16Array(postTotal);
  const author = new Int32Array(postTotal);
  const time = new Float64Array(postTotal);
  const kind = new Uint8Array(postTotal);
  const pinned = new Uint8Array(postTotal);
  const popularity = new Float64Array(postTotal);
  // Numbered in time order, as rows are appended in a live database (the table's physical order).
  for (let p = 0; p < postTotal; p += 1) time[p] = officeTime(rng, org.historyStart, org.anchor - HOUR);
  time.sort();
  for (let p = 0; p < postTotal; p += 1) {
    const s = rng.chance(0.05) ? -1 : rng.zipf(org.spaces.length, 1);
    space[p] = s;
    author[p] = s < 0 ? rng.zipf(userCount, 1.1) : org.members[s][rng.zipf(org.members[s].length, 1.1)];
    const mayAnnounce = s < 0 ? org.users[author[p]].role === 'ADMIN' : moderators[s].has(author[p]);
    const roll = rng.next();
    kind[p] = mayAnnounce && roll < 0.3 ? 2 : roll > 0.88 ? 1 : 0;
    pinned[p] = kind[p] === 2 && rng.chance(0.1) ? 1 : 0;
    popularity[p] = rng.pareto(1.6) * (kind[p] === 2 ? 3 : 1);
  }
  const commentWeights = popularity.map((w, p) => w * (kind[p] === 1 ? 2 : 1) * (0.5 + rng.next()));
  const commentCount = allocate(rng, commentTotal, commentWeights, new Int32Array(postTotal).fill(300));
  const reactionWeights = popularity.map((w) => w * (0.5 + rng.next()));
  const reactionCaps = Int32Array.from(space, (s) => Math.min(readers(s), 1_500));
  const reactionCount = allocate(rng, postReactions, reactionWeights, reactionCaps);
  return { space, author, time, kind, pinned, commentCount, reactionCount, readers };
};

/** Draws a reader of a place: members of a private place, anyone otherwise; active people more often. */
export const readerDrawer = (org, rng) => (s) =>
  s < 0 || org.spaces[s].visibility === 'PUBLIC' ? rng.zipf(org.users.length, 0.9) : org.members[s][rng.zipf(org.members[s].length, 0.9)];

/** `k` distinct readers of a place. */
export const distinctReaders = (org, rng, s, k) => {
  const all = s < 0 || org.spaces[s].visibility === 'PUBLIC';
  const size = all ? org.users.length : org.members[s].length;
  const draw = readerDrawer(org, rng);
  const chosen = new Set();
  if (k <= size / 4) {
    for (let tries = 0; chosen.size < k && tries < k * 50; tries += 1) chosen.add(draw(s));
    if (chosen.size === k) return chosen;
  }
  // Many readers out of few: a partial shuffle never loops.
  const pool = all ? Int32Array.from({ length: size }, (_, i) => i) : Int32Array.from(org.members[s]);
  for (let i = 0; chosen.size < k; i += 1) {
    const j = i + rng.int(size - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
    chosen.add(pool[i]);
  }
  return chosen;
};
