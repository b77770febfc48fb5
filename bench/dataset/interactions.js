import { allocate, distinctReaders, readerDrawer } from './plan.js';
import { randomStream } from './random.js';

/*
 * Who comments and reacts on what, and when, before any row is written: comments (some replies,
 * one level deep, always after their parent) by people who may read the post, and reactions, one
 * per person and target, by the same. Kept in typed arrays, then ordered by time, because a live
 * database appends rows in time order and the tables' physical order should look like it.
 */

const HOUR = 3_600_000;
export const REACTION_TYPES = ['LIKE', 'LIKE', 'LIKE', 'LIKE', 'LIKE', 'LIKE', 'CELEBRATE', 'CELEBRATE', 'INSIGHTFUL', 'SUPPORT'];

/** A time after `from`, `mean` ms later on average, never after the end of the history. */
const after = (rng, from, mean, end) => {
  const t = from + 60_000 + rng.exponential(mean);
  return Math.floor(t < end ? t : from + 1_000 + rng.next() * Math.max(0, end - from - 1_000));
};

/** Row numbers sorted by time (ties by number): the order rows are copied in. */
const timeOrder = (time) => Uint32Array.from(time.keys()).sort((a, b) => time[a] - time[b] || a - b);

export const planComments = (org, plan, sizes) => {
  const rng = randomStream(org.seed, 'comments');
  const draw = readerDrawer(org, rng);
  const post = new Int32Array(sizes.comments);
  const author = new Int32Array(sizes.comments);
  const parent = new Int32Array(sizes.comments).fill(-1);
  const time = new Float64Array(sizes.comments);
  let c = 0;
  for (let p = 0; p < sizes.posts; p += 1) {
    const times = Array.from({ length: plan.commentCount[p] }, () => after(rng, plan.time[p], 8 * HOUR, org.anchor)).sort((x, y) => x - y);
    for (let i = 1; i < times.length; i += 1) times[i] = Math.max(times[i], times[i - 1] + 1); // a reply always after its parent
    const topLevel = [];
    for (const t of times) {
      post[c] = p;
      author[c] = rng.chance(0.08) ? plan.author[p] : draw(plan.space[p]);
      if (topLevel.length > 0 && rng.chance(0.3)) parent[c] = topLevel[rng.int(topLevel.length)];
      else topLevel.push(c);
      time[c] = t;
      c += 1;
    }
  }
  return { post, author, parent, time, order: timeOrder(time) };
};

export const planReactions = (org, plan, comments, sizes) => {
  const rng = randomStream(org.seed, 'reactions');
  const user = new Int32Array(sizes.reactions);
  const onComment = new Uint8Array(sizes.reactions);
  const target = new Int32Array(sizes.reactions);
  const type = new Uint8Array(sizes.reactions);
  const time = new Float64Array(sizes.reactions);
  let r = 0;
  const add = (s, isComment, index, since) => (person) => {
    user[r] = person;
    onComment[r] = isComment;
    target[r] = index;
    type[r] = rng.int(REACTION_TYPES.length);
    time[r] = after(rng, since, 12 * HOUR, org.anchor);
    r += 1;
  };
  for (let p = 0; p < sizes.posts; p += 1)
    distinctReaders(org, rng, plan.space[p], plan.reactionCount[p]).forEach(add(plan.space[p], 0, p, plan.time[p]));
  const weights = Float64Array.from({ length: sizes.comments }, () => rng.pareto(1.6));
  const caps = Int32Array.from(comments.post, (p) => Math.min(plan.readers(plan.space[p]), 300));
  const counts = allocate(rng, sizes.reactions - sizes.postReactions, weights, caps);
  for (let c = 0; c < sizes.comments; c += 1) {
    const s = plan.space[comments.post[c]];
    distinctReaders(org, rng, s, counts[c]).forEach(add(s, 1, c, comments.time[c]));
  }
  return { user, onComment, target, type, time, order: timeOrder(time) };
};
