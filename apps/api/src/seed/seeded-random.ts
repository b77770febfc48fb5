/*
 * A small deterministic random source for the demo seed: the same seed always gives the same
 * sequence, so the same `now` gives the same organisation. Never Math.random here.
 */

/** FNV-1a 32-bit hash of a string: turns labels into seeds. */
export const hashString = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
};

/** mulberry32: a 32-bit PRNG, tiny and good enough for demo data (not for secrets). */
export const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

export class SeededRandom {
  private readonly next: () => number;

  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }

  /** An independent stream for one concern, so changing one part of the seed leaves the others alone. */
  fork(label: string): SeededRandom {
    return new SeededRandom(hashString(`${this.seed}:${label}`));
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One item, with probability proportional to its weight; undefined when every weight is 0. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T | undefined {
    let total = 0;
    for (const item of items) total += Math.max(0, weight(item));
    if (total <= 0) return undefined;
    let target = this.next() * total;
    for (const item of items) {
      target -= Math.max(0, weight(item));
      if (target < 0) return item;
    }
    return items[items.length - 1];
  }

  /** Up to `count` distinct items, each draw proportional to weight (without replacement). */
  weightedSample<T>(items: readonly T[], count: number, weight: (item: T) => number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      const item = this.weighted(pool, weight);
      if (item === undefined) break;
      chosen.push(item);
      pool.splice(pool.indexOf(item), 1);
    }
    return chosen;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** A Poisson-distributed count (Knuth; fine for the small means used here). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k += 1;
      p *= this.next();
    }
    return k;
  }

  /** A log-normal duration around `median`, with `spread` the multiplicative standard deviation. */
  logNormal(median: number, spread: number): number {
    const u = Math.max(this.next(), 1e-9);
    const v = this.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(normal * Math.log(spread));
  }
}

/** Zipf-like weights for ranks 1..n: a few heavy items, a long tail (the 90-9-1 shape of participation). */
export const zipfWeights = (n: number, exponent = 1.1): number[] => Array.from({ length: n }, (_, rank) => 1 / (rank + 1) ** exponent);

/**
 * Draws items in a shuffled order and reshuffles when the deck runs out, so texts repeat as
 * late as possible instead of at random.
 */
export class Deck<T> {
  private order: T[] = [];

  constructor(
    private readonly items: readonly T[],
    private readonly rng: SeededRandom,
  ) {}

  draw(): T {
    if (this.order.length === 0) this.order = this.rng.shuffle(this.items);
    return this.order.pop()!;
  }
}
