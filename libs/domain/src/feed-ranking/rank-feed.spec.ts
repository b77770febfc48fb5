import { describe, expect, it } from '@jest/globals';

import type { AuthorAffinityFacts, SpaceAffinityFacts } from './factors.js';
import { type FeedCandidate, rankedAfter, rankFeed } from './rank-feed.js';

const HOUR = 3_600_000;
const AS_OF = new Date('2026-03-02T09:00:00.000Z');
const STRANGER: AuthorAffinityFacts = { isViewer: false, comments: 0, mentions: 0, reactions: 0, follows: false };
const MY_SPACE: SpaceAffinityFacts = { companyStream: false, posts: 0, comments: 0, reactions: 0, member: true, follows: false };
const OTHER_SPACE: SpaceAffinityFacts = { ...MY_SPACE, member: false };

let serial = 0;
/** A STATUS post by `authorId`, `hoursAgo` before AS_OF, with no engagement unless overridden. */
const post = (overrides: Partial<FeedCandidate> & { hoursAgo?: number } = {}): FeedCandidate => {
  const { hoursAgo = 1, ...rest } = overrides;
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    authorId: `author-${serial}`,
    kind: 'STATUS',
    createdAtMs: AS_OF.getTime() - hoursAgo * HOUR,
    engagement: { reactors: 0, comments: 0, commenters: 0 },
    author: STRANGER,
    space: MY_SPACE,
    ...rest,
  };
};

const ids = (ranked: { id: string }[]) => ranked.map((r) => r.id);

describe('rankFeed', () => {
  it('ranks a post 48 h older at exactly half the score of an otherwise identical one (half-life)', () => {
    const fresh = post({ hoursAgo: 2 });
    const older = post({ hoursAgo: 50 });
    const [first, second] = rankFeed([older, fresh], AS_OF);
    expect(ids([first!, second!])).toEqual([fresh.id, older.id]);
    expect(second!.score / first!.score).toBeCloseTo(0.5, 12);
  });

  it('puts the more engaged of two posts of the same age first', () => {
    const quiet = post({ engagement: { reactors: 1, comments: 0, commenters: 0 } });
    const busy = post({ engagement: { reactors: 6, comments: 4, commenters: 3 } });
    expect(ids(rankFeed([quiet, busy], AS_OF))).toEqual([busy.id, quiet.id]);
  });

  it('puts the post of an author the viewer talks to above a stranger’s of the same age and engagement', () => {
    const stranger = post();
    const colleague = post({ author: { ...STRANGER, follows: true, comments: 3 } });
    expect(ids(rankFeed([stranger, colleague], AS_OF))).toEqual([colleague.id, stranger.id]);
  });

  it('still surfaces a stranger’s great post above a close colleague’s quiet one (the affinity floor)', () => {
    const colleague = post({ hoursAgo: 6, author: { ...STRANGER, follows: true, comments: 2 }, space: { ...MY_SPACE, comments: 3 } });
    const great = post({ hoursAgo: 6, space: OTHER_SPACE, engagement: { reactors: 30, comments: 20, commenters: 12 } });
    const [first, second] = rankFeed([colleague, great], AS_OF);
    expect(ids([first!, second!])).toEqual([great.id, colleague.id]);
    // 2^(−6/48) × (1 + ln(1 + 3·12 + 0.5·8 + 30)) × 0.25 ≈ 1.206 against 2^(−6/48) × 1 × 0.858 ≈ 0.787
    expect(first!.score).toBeCloseTo(1.2064747, 6);
    expect(second!.score).toBeCloseTo(0.7871043, 6);
  });

  it('lifts an unanswered question above an equally fresh status, and lets it fall back once answered', () => {
    // 2 × (1 + ln 4) ≈ 4.77 against 1 + ln 10 ≈ 3.30; once answered, 1 + ln 7 ≈ 2.95.
    const status = post({ engagement: { reactors: 3, comments: 2, commenters: 2 } });
    const question = post({ kind: 'QUESTION', engagement: { reactors: 3, comments: 0, commenters: 0 } });
    expect(ids(rankFeed([status, question], AS_OF))).toEqual([question.id, status.id]);
    const answered = { ...question, engagement: { reactors: 3, comments: 1, commenters: 1 } };
    expect(ids(rankFeed([status, answered], AS_OF))).toEqual([status.id, answered.id]);
  });

  it('keeps one author from filling the top: each further post of theirs counts half', () => {
    const prolific = Array.from({ length: 6 }, (_, i) => post({ authorId: 'prolific', hoursAgo: 1 + i * 0.1 }));
    const others = Array.from({ length: 6 }, (_, i) => post({ hoursAgo: 3 + i * 0.1 }));
    const ranked = rankFeed([...prolific, ...others], AS_OF);
    const top5 = ids(ranked.slice(0, 5));
    expect(top5.filter((id) => prolific.some((p) => p.id === id))).toHaveLength(1);
    expect(ranked.filter((r) => prolific.some((p) => p.id === r.id)).map((r) => r.diversity)).toEqual([
      1, 0.5, 0.25, 0.125, 0.0625, 0.03125,
    ]);
  });

  it('keeps an author’s own posts in their base order (the penalty only interleaves others)', () => {
    const mine = [post({ authorId: 'a', hoursAgo: 1 }), post({ authorId: 'a', hoursAgo: 10 }), post({ authorId: 'a', hoursAgo: 20 })];
    expect(ids(rankFeed([...mine].reverse(), AS_OF))).toEqual(ids(mine));
  });

  it('gives the same ranking whatever order the candidates arrive in, ties broken by id descending', () => {
    const twins = [post({ hoursAgo: 5 }), post({ hoursAgo: 5 }), post({ hoursAgo: 5 })];
    const mixed = [post({ hoursAgo: 1 }), ...twins, post({ hoursAgo: 9, engagement: { reactors: 2, comments: 0, commenters: 0 } })];
    const expected = ids(rankFeed(mixed, AS_OF));
    expect(ids(rankFeed([...mixed].reverse(), AS_OF))).toEqual(expected);
    expect(ids(rankFeed([mixed[2]!, mixed[4]!, mixed[0]!, mixed[3]!, mixed[1]!], AS_OF))).toEqual(expected);
    const twinOrder = expected.filter((id) => twins.some((t) => t.id === id));
    expect(twinOrder).toEqual(ids(twins).sort().reverse());
  });

  it('never returns a zero or non-finite score, even for the 500th post of one author', () => {
    const flood = Array.from({ length: 500 }, (_, i) => post({ authorId: 'flood', hoursAgo: 14 * 24 * (i / 500) }));
    for (const { score } of rankFeed(flood, AS_OF)) {
      expect(Number.isFinite(score)).toBe(true);
      expect(score).toBeGreaterThan(0);
    }
  });
});

describe('rankedAfter', () => {
  const window = [
    post({ hoursAgo: 1 }),
    post({ hoursAgo: 2 }),
    post({ hoursAgo: 2 }),
    post({ hoursAgo: 2 }),
    post({ hoursAgo: 30, engagement: { reactors: 5, comments: 2, commenters: 2 } }),
    post({ hoursAgo: 70 }),
    post({ hoursAgo: 70, kind: 'QUESTION' }),
  ];

  it('pages through a ranking by (score, id) with no duplicate or gap, ties included', () => {
    const ranked = rankFeed(window, AS_OF);
    for (const size of [1, 2, 3]) {
      const paged: string[] = [];
      let position: { score: number; id: string } | null = null;
      for (;;) {
        const page = rankedAfter(ranked, position).slice(0, size);
        if (page.length === 0) break;
        paged.push(...ids(page));
        position = page.at(-1)!;
      }
      expect(paged).toEqual(ids(ranked));
    }
  });

  it('continues after a position whose post has since gone (deleted between pages)', () => {
    const ranked = rankFeed(window, AS_OF);
    const position = ranked[2]!;
    const without = rankFeed(
      window.filter((c) => c.id !== position.id),
      AS_OF,
    );
    expect(ids(rankedAfter(without, position))).toEqual(ids(ranked.slice(3)));
  });

  it('returns the whole ranking when there is no position', () => {
    const ranked = rankFeed(window, AS_OF);
    expect(rankedAfter(ranked, null)).toEqual(ranked);
  });
});
