/*
 * Deterministic randomness for dataset M: every draw comes from a seeded generator, one stream per
 * concern (people, spaces, posts…), so changing how one table is made does not reshuffle the
 * others. Never Math.random.
 */

/** 32-bit integer hash (murmur3's finaliser): spreads nearby inputs over the whole range. */
const fmix32 = (h) => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

const hashString = (text) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix32(h);
};

/** A seeded generator (sfc32) with the draws the generator needs. */
export const randomStream = (seed, name) => {
  let a = hashString(`${seed}:${name}:a`);
  let b = hashString(`${seed}:${name}:b`);
  let c = hashString(`${seed}:${name}:c`);
  let d = 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i += 1) next(); // leave the correlated first outputs behind
  const rng = {
    /** Uniform in [0, 1). */
    next,
    /** Integer in [0, n). */
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    /**
     * Index in [0, n) drawn from a (continuous approximation of a) Zipf law of exponent s:
     * index 0 is the most likely. Bounded Pareto inverse CDF, O(1) per draw.
     */
    zipf: (n, s = 1) => {
      const u = next();
      const x = s === 1 ? (n + 1) ** u : ((n + 1) ** (1 - s) * u + (1 - u)) ** (1 / (1 - s));
      return Math.min(n - 1, Math.floor(x) - 1);
    },
    /** Exponential with the given mean. */
    exponential: (mean) => -mean * Math.log(1 - next()),
    /** Pareto weight ≥ 1 with tail index alpha (smaller = more skewed). */
    pareto: (alpha) => (1 - next()) ** (-1 / alpha),
  };
  return rng;
};

/** A stable 32-bit hash of a table tag and row index. */
export const uuidHash = (tag, index) => fmix32((tag * 0x9e3779b1) ^ fmix32(index + 1));

const hex8 = (n) => n.toString(16).padStart(8, '0');

/**
 * A stable UUID for row `index` of a table: random-looking in its first half, and unique
 * because its last 12 hex digits spell the table tag and the index.
 */
export const uuidFor = (tag, index) => {
  const h1 = fmix32((tag * 0x9e3779b1) ^ fmix32(index + 1));
  const h2 = fmix32(h1 ^ 0x5bd1e995);
  const head = hex8(h1);
  const mid = hex8(h2);
  const tail = (tag * 2 ** 40 + index).toString(16).padStart(12, '0');
  return `${head}-${mid.slice(0, 4)}-4${mid.slice(5, 8)}-8${hex8(fmix32(h2)).slice(1, 4)}-${tail}`;
};

/** Tags of the tables whose ids `uuidFor` makes (≤ 255). */
export const TAG = { department: 1, user: 2, space: 3, project: 4, post: 5, comment: 6, reaction: 7, membership: 8, follow: 9 };
