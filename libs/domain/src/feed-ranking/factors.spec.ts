import { describe, expect, it } from '@jest/globals';

import {
  affinityFactor,
  type AuthorAffinityFacts,
  closeness,
  engagementFactor,
  type EngagementFacts,
  engagementSignal,
  recencyFactor,
  type SpaceAffinityFacts,
} from './factors.js';
import { FEED_RANKING } from './parameters.js';

const HOUR = 3_600_000;
const NO_ENGAGEMENT: EngagementFacts = { reactors: 0, comments: 0, commenters: 0 };
const STRANGER: AuthorAffinityFacts = { isViewer: false, comments: 0, mentions: 0, reactions: 0, follows: false };
const UNTOUCHED_SPACE: SpaceAffinityFacts = { companyStream: false, posts: 0, comments: 0, reactions: 0, member: false, follows: false };

describe('recencyFactor', () => {
  it.each([
    [0, 1],
    [48, 0.5],
    [96, 0.25],
    [24, Math.SQRT1_2],
    [14 * 24, 2 ** -7],
  ])('a post %d hours old weighs %f (half-life 48 h)', (hours, factor) => {
    expect(recencyFactor(hours * HOUR)).toBeCloseTo(factor, 12);
  });

  it('halves every half-life, wherever it starts', () => {
    for (const hours of [0, 5, 30, 200]) {
      expect(recencyFactor((hours + FEED_RANKING.halfLifeHours) * HOUR) / recencyFactor(hours * HOUR)).toBeCloseTo(0.5, 12);
    }
  });

  it('strictly decreases with age', () => {
    const ages = [0, 1, 2, 12, 47, 48, 100, 336].map((h) => recencyFactor(h * HOUR));
    ages.slice(1).forEach((factor, i) => expect(factor).toBeLessThan(ages[i]!));
  });

  it('counts a post stamped after asOf (clock skew) as brand new, never above 1', () => {
    expect(recencyFactor(-5 * HOUR)).toBe(1);
  });
});

describe('engagementFactor', () => {
  it('is 1 for a post nobody engaged with', () => {
    expect(engagementFactor(NO_ENGAGEMENT, 'STATUS')).toBe(1);
  });

  it('weighs 2 commenters, 5 comments and 4 reactors as 3·2 + 0.5·3 + 4 = 11.5, damped to 1 + ln 12.5', () => {
    const e = { reactors: 4, comments: 5, commenters: 2 };
    expect(engagementSignal(e)).toBe(11.5);
    expect(engagementFactor(e, 'STATUS')).toBeCloseTo(3.5257286, 6);
  });

  it.each([
    ['a reactor', { reactors: 1, comments: 0, commenters: 0 }],
    ['a comment from someone who already commented', { reactors: 0, comments: 1, commenters: 0 }],
    ['a new commenter (with their comment)', { reactors: 0, comments: 1, commenters: 1 }],
  ])('increases with %s', (_, delta) => {
    let e: EngagementFacts = { reactors: 3, comments: 4, commenters: 2 };
    for (let i = 0; i < 5; i += 1) {
      const next = {
        reactors: e.reactors + delta.reactors,
        comments: e.comments + delta.comments,
        commenters: e.commenters + delta.commenters,
      };
      expect(engagementFactor(next, 'STATUS')).toBeGreaterThan(engagementFactor(e, 'STATUS'));
      e = next;
    }
  });

  it('ranks a new commenter above a new reactor, and a reactor above an extra comment', () => {
    const base = { reactors: 2, comments: 2, commenters: 1 };
    const commenter = engagementFactor({ ...base, comments: 3, commenters: 2 }, 'STATUS');
    const reactor = engagementFactor({ ...base, reactors: 3 }, 'STATUS');
    const extraComment = engagementFactor({ ...base, comments: 3 }, 'STATUS');
    expect(commenter).toBeGreaterThan(reactor);
    expect(reactor).toBeGreaterThan(extraComment);
  });

  it('gives the tenth reaction less than the first (log damping)', () => {
    const gain = (n: number) =>
      engagementFactor({ reactors: n, comments: 0, commenters: 0 }, 'STATUS') -
      engagementFactor({ reactors: n - 1, comments: 0, commenters: 0 }, 'STATUS');
    expect(gain(10)).toBeLessThan(gain(1));
    expect(engagementFactor({ reactors: 1000, comments: 0, commenters: 0 }, 'STATUS')).toBeLessThan(9);
  });

  it('doubles a QUESTION while nobody but its author has answered it', () => {
    const reacted = { reactors: 3, comments: 0, commenters: 0 };
    expect(engagementFactor(reacted, 'QUESTION')).toBeCloseTo(2 * engagementFactor(reacted, 'STATUS'), 12);
    expect(engagementFactor(NO_ENGAGEMENT, 'QUESTION')).toBe(2);
  });

  it('drops the boost once the question has an answer', () => {
    const answered = { reactors: 0, comments: 1, commenters: 1 };
    expect(engagementFactor(answered, 'QUESTION')).toBe(engagementFactor(answered, 'STATUS'));
  });
});

describe('affinityFactor', () => {
  it('gives a stranger in a space the viewer never touched exactly the floor, 0.25', () => {
    expect(affinityFactor(STRANGER, UNTOUCHED_SPACE)).toBe(FEED_RANKING.affinity.floor);
  });

  it('counts the company stream as a space everyone belongs to: 0.25 + 0.75 · 0.4 · (1 − e^(−4/6)) ≈ 0.396', () => {
    expect(affinityFactor(STRANGER, { ...UNTOUCHED_SPACE, companyStream: true })).toBeCloseTo(0.39597486, 6);
    expect(affinityFactor(STRANGER, { ...UNTOUCHED_SPACE, member: true })).toBeCloseTo(0.39597486, 6);
  });

  it('weighs a followed author the viewer commented on twice, in a space where they are a member and commented 3 times, ≈ 0.858', () => {
    const author = { ...STRANGER, follows: true, comments: 2 }; // 4 + 3·2 = 10
    const space = { ...UNTOUCHED_SPACE, member: true, comments: 3 }; // 4 + 2·3 = 10
    expect(affinityFactor(author, space)).toBeCloseTo(0.25 + 0.75 * (1 - Math.exp(-10 / 6)), 12);
    expect(affinityFactor(author, space)).toBeCloseTo(0.8583433, 6);
  });

  it.each([
    ['a comment on the author', (a: AuthorAffinityFacts) => ({ ...a, comments: a.comments + 1 }), (s: SpaceAffinityFacts) => s],
    ['a mention of the author', (a: AuthorAffinityFacts) => ({ ...a, mentions: a.mentions + 1 }), (s: SpaceAffinityFacts) => s],
    ['a reaction to the author', (a: AuthorAffinityFacts) => ({ ...a, reactions: a.reactions + 1 }), (s: SpaceAffinityFacts) => s],
    ['a post in the space', (a: AuthorAffinityFacts) => a, (s: SpaceAffinityFacts) => ({ ...s, posts: s.posts + 1 })],
    ['a comment in the space', (a: AuthorAffinityFacts) => a, (s: SpaceAffinityFacts) => ({ ...s, comments: s.comments + 1 })],
    ['a reaction in the space', (a: AuthorAffinityFacts) => a, (s: SpaceAffinityFacts) => ({ ...s, reactions: s.reactions + 1 })],
  ])('increases with %s', (_, moreAuthor, moreSpace) => {
    let author = STRANGER;
    let space = UNTOUCHED_SPACE;
    for (let i = 0; i < 5; i += 1) {
      const before = affinityFactor(author, space);
      author = moreAuthor(author);
      space = moreSpace(space);
      expect(affinityFactor(author, space)).toBeGreaterThan(before);
    }
  });

  it('rises with a follow or a membership', () => {
    expect(affinityFactor({ ...STRANGER, follows: true }, UNTOUCHED_SPACE)).toBeGreaterThan(affinityFactor(STRANGER, UNTOUCHED_SPACE));
    expect(affinityFactor(STRANGER, { ...UNTOUCHED_SPACE, follows: true })).toBeGreaterThan(affinityFactor(STRANGER, UNTOUCHED_SPACE));
  });

  it('weighs an author more than a space for the same strength (0.6 against 0.4)', () => {
    expect(affinityFactor({ ...STRANGER, comments: 2 }, UNTOUCHED_SPACE)).toBeGreaterThan(
      affinityFactor(STRANGER, { ...UNTOUCHED_SPACE, comments: 3 }),
    );
  });

  it('stays below 1 however much the viewer interacts', () => {
    const author = { ...STRANGER, follows: true, comments: 10_000, mentions: 10_000, reactions: 10_000 };
    const space = { ...UNTOUCHED_SPACE, member: true, follows: true, posts: 10_000, comments: 10_000, reactions: 10_000 };
    expect(affinityFactor(author, space)).toBeLessThanOrEqual(1);
    expect(affinityFactor(author, space)).toBeGreaterThan(0.99);
  });

  it('gives no self-affinity: my own posts rank like a stranger’s in the same space', () => {
    const me = { isViewer: true, comments: 40, mentions: 0, reactions: 10, follows: false };
    expect(affinityFactor(me, UNTOUCHED_SPACE)).toBe(FEED_RANKING.affinity.floor);
  });

  it('maps strength through 1 − e^(−s/6)', () => {
    expect(closeness(0)).toBe(0);
    expect(closeness(6)).toBeCloseTo(1 - 1 / Math.E, 12);
    expect(closeness(-3)).toBe(0);
  });
});
