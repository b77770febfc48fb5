import type { PostKind, ReactionType } from '@chantier/domain';

import type { ActivityLog } from './demo-activity.js';
import { days, type DemoCalendar, hours, minutes } from './demo-calendar.js';
import type { DemoComment, DemoPerson, DemoPost, DemoReaction, DemoSpace, Lang, Mood, Theme } from './demo-model.js';
import { canReadAt, type DemoOrg } from './demo-org.js';
import { EXPERTS_BY_THEME } from './demo-people.js';
import { DEMO_CUSTOMERS } from './demo-spaces.js';
import type { SlotValues, TextComposer } from './demo-texts.js';
import type { SeededRandom } from './seeded-random.js';

export interface PublishInput {
  readonly space: DemoSpace | null;
  readonly author: DemoPerson;
  readonly kind: PostKind;
  readonly lang: Lang;
  readonly at: Date;
  readonly theme: Theme;
  readonly mood: Mood;
  /** Extra attention: more comments and reactions. */
  readonly buzz: number;
  readonly pinned: boolean;
  /** Written text, or null to draw one from the theme's texts. */
  readonly body: string | null;
}

/** What a thread talks about, shared by the post and its comments. */
interface Topic {
  readonly input: PublishInput;
  readonly mood: Mood;
  readonly customer: string;
  readonly project: string;
  readonly currency: string;
}

type Mix = readonly (readonly [ReactionType, number])[];
const MIX: Readonly<Record<'celebrate' | 'support' | 'question' | 'status' | 'announcement' | 'comment', Mix>> = {
  celebrate: [
    ['CELEBRATE', 55],
    ['LIKE', 30],
    ['SUPPORT', 8],
    ['INSIGHTFUL', 7],
  ],
  support: [
    ['SUPPORT', 60],
    ['LIKE', 25],
    ['INSIGHTFUL', 15],
  ],
  question: [
    ['LIKE', 35],
    ['INSIGHTFUL', 35],
    ['SUPPORT', 30],
  ],
  status: [
    ['LIKE', 55],
    ['INSIGHTFUL', 20],
    ['CELEBRATE', 15],
    ['SUPPORT', 10],
  ],
  announcement: [
    ['LIKE', 45],
    ['CELEBRATE', 25],
    ['INSIGHTFUL', 20],
    ['SUPPORT', 10],
  ],
  comment: [
    ['LIKE', 55],
    ['INSIGHTFUL', 30],
    ['SUPPORT', 10],
    ['CELEBRATE', 5],
  ],
};

const CHEERFUL = /🎉|👏|🚀|Bravo|Shout-out|Congrat/;

/**
 * Posts with their conversations: comments (one level of replies), reactions (one per person
 * and target) and the matching activity rows, only ever by people who may read the place.
 */
export class ThreadBuilder {
  readonly posts: DemoPost[] = [];
  readonly comments: DemoComment[] = [];
  readonly reactions: DemoReaction[] = [];
  private readonly reacted = new Set<string>();
  private readonly usedTimes = new Set<number>();
  private readonly follows: Set<string>;

  constructor(
    private readonly org: DemoOrg,
    private readonly cal: DemoCalendar,
    private readonly texts: TextComposer,
    private readonly log: ActivityLog,
    private readonly newId: () => string,
    private readonly rng: SeededRandom,
  ) {
    this.follows = new Set(org.follows.filter((f) => f.targetUser).map((f) => `${f.follower.id}>${f.targetUser!.id}`));
  }

  publish(input: PublishInput): DemoPost {
    const project = input.space?.spec.project;
    const context = {
      input,
      mood: input.mood,
      customer: project?.customer ?? this.rng.pick(DEMO_CUSTOMERS),
      project: project
        ? input.space!.spec.name
        : this.rng.pick(this.org.spaces.filter((s) => s.spec.project && s.visibility === 'PUBLIC')).spec.name,
      currency: project?.currency ?? 'EUR',
    };
    const at = this.unique(input.at);
    const kind = input.kind === 'QUESTION' ? 'question' : input.kind === 'ANNOUNCEMENT' ? 'announcement' : 'status';
    const body = input.body ?? this.texts.post(input.theme, kind, this.slots(context, input.author, input.lang, at));
    // Good news draws congratulations, whoever wrote it.
    const topic: Topic = { ...context, mood: input.mood === 'neutral' && CHEERFUL.test(body) ? 'celebrate' : input.mood };
    const post: DemoPost = {
      id: this.newId(),
      space: input.space,
      author: input.author,
      kind: input.kind,
      body,
      lang: input.lang,
      at,
      pinned: input.pinned,
      commentCount: 0,
    };
    this.posts.push(post);
    const where = { threadId: post.id, spaceId: post.space?.id ?? null };
    this.log.add({
      at,
      actorId: post.author.id,
      verb: 'post',
      targetType: 'post',
      targetId: post.id,
      targetAuthorId: post.author.id,
      ...where,
      meta: { kind },
    });
    if (post.pinned) {
      this.log.add({
        at: new Date(at.getTime() + minutes(3)),
        actorId: post.author.id,
        verb: 'pin',
        targetType: 'post',
        targetId: post.id,
        targetAuthorId: post.author.id,
        ...where,
        meta: { pinned: true },
      });
    }
    const before = this.comments.length;
    if (post.kind === 'QUESTION') this.answers(post, topic);
    else this.discussion(post, topic);
    this.reactToPost(post, topic);
    for (const comment of this.comments.slice(before)) this.reactToComment(comment, topic);
    return post;
  }

  /** A question: often a first answer within hours, sometimes never. */
  private answers(post: DemoPost, topic: Topic): void {
    if (!this.rng.chance(0.84 + 0.05 * topic.input.buzz)) return;
    const r = this.rng.float();
    const median = r < 0.45 ? minutes(25) : r < 0.8 ? hours(2.5) : r < 0.95 ? hours(20) : hours(60);
    const first = this.later(post.at, median, 2, days(5));
    if (!first) return;
    const answerer = this.pick(post, first, new Set([post.author.id]), this.affinity(post, topic, true));
    if (!answerer) return;
    const answer = this.comment(post, null, answerer, first, (slots) => this.texts.answer(topic.input.theme, slots), topic);
    const thanksAt = this.rng.chance(0.55) ? this.later(first, minutes(40), 3, days(2)) : null;
    if (thanksAt && canReadAt(post.author, post.space, thanksAt)) {
      this.comment(post, answer, post.author, thanksAt, (slots) => this.texts.thanks(slots), topic);
    }
    for (let i = this.rng.poisson(0.6 + 0.5 * topic.input.buzz); i > 0; i -= 1) {
      const at = this.later(first, hours(3), 3, days(4));
      const who = at && this.pick(post, at, new Set([post.author.id, answerer.id]), this.affinity(post, topic, true));
      if (!at || !who) continue;
      const extra = this.comment(
        post,
        null,
        who,
        at,
        (slots) => (this.rng.chance(0.5) ? this.texts.answer(topic.input.theme, slots) : this.texts.comment('neutral', slots)),
        topic,
      );
      this.maybeReply(post, extra, topic, 0.25);
    }
  }

  /** A status or announcement: a few comments, some answered one level deep. */
  private discussion(post: DemoPost, topic: Topic): void {
    const { mood } = topic;
    const { buzz } = topic.input;
    const count = this.rng.poisson((post.kind === 'ANNOUNCEMENT' ? 1.9 : 1.05) + 1.5 * buzz);
    const times = Array.from({ length: count }, () => this.later(post.at, hours(2.5), 3.5, days(6)))
      .filter((t): t is Date => t !== null)
      .sort((a, b) => a.getTime() - b.getTime());
    const weight = this.affinity(post, topic, false);
    for (const at of times) {
      const who = this.pick(post, at, new Set(), (p) => weight(p) * (p === post.author ? 0.25 : 1));
      if (!who) continue;
      const tone: Mood = mood !== 'neutral' && this.rng.chance(0.75) ? mood : 'neutral';
      const comment = this.comment(post, null, who, at, (slots) => this.texts.comment(tone, slots), topic);
      this.maybeReply(post, comment, topic, 0.3);
    }
  }

  private maybeReply(post: DemoPost, parent: DemoComment, topic: Topic, chance: number): void {
    if (!this.rng.chance(chance)) return;
    const at = this.later(parent.at, hours(1.5), 3, days(3));
    if (!at) return;
    const byAuthor = post.author !== parent.author && this.rng.chance(0.6) && canReadAt(post.author, post.space, at);
    const who = byAuthor ? post.author : this.pick(post, at, new Set([parent.author.id]), this.affinity(post, topic, false));
    if (who) this.comment(post, parent, who, at, (slots) => this.texts.reply(slots), topic);
  }

  private reactToPost(post: DemoPost, topic: Topic): void {
    const { mood } = topic;
    const { buzz } = topic.input;
    const base = post.kind === 'ANNOUNCEMENT' ? 4.5 : post.kind === 'QUESTION' ? 1 : 2.2;
    const mix =
      mood === 'neutral'
        ? MIX[post.kind === 'QUESTION' ? 'question' : post.kind === 'ANNOUNCEMENT' ? 'announcement' : 'status']
        : MIX[mood];
    const weight = this.affinity(post, topic, false);
    for (let i = this.rng.poisson(base + 3 * buzz + (post.author.spec.leader ? 1 : 0)); i > 0; i -= 1) {
      const at = this.later(post.at, this.rng.chance(0.6) ? minutes(50) : hours(8), 3, days(7), this.rng.chance(0.7));
      const who = at && this.pick(post, at, this.reactedTo(post.id, post.author.id), weight);
      if (at && who) this.react(who, post, 'POST', post.id, post.author, this.rng.weighted(mix, (m) => m[1])![0], at);
    }
  }

  private reactToComment(comment: DemoComment, topic: Topic): void {
    const post = comment.post;
    const isAnswer = post.kind === 'QUESTION' && comment.parent === null && comment.author !== post.author;
    if (isAnswer && this.rng.chance(0.5)) {
      const at = this.later(comment.at, minutes(30), 3, days(2), false);
      if (at && canReadAt(post.author, post.space, at))
        this.react(post.author, post, 'COMMENT', comment.id, comment.author, this.rng.pick(['INSIGHTFUL', 'LIKE'] as const), at);
    }
    if (!this.rng.chance(isAnswer ? 0.45 : 0.28)) return;
    const weight = this.affinity(post, topic, false);
    for (let i = 1 + this.rng.poisson(0.5); i > 0; i -= 1) {
      const at = this.later(comment.at, hours(2), 3, days(4), this.rng.chance(0.7));
      const who = at && this.pick(post, at, this.reactedTo(comment.id, comment.author.id), weight);
      if (at && who) this.react(who, post, 'COMMENT', comment.id, comment.author, this.rng.weighted(MIX.comment, (m) => m[1])![0], at);
    }
  }

  private comment(
    post: DemoPost,
    parent: DemoComment | null,
    author: DemoPerson,
    when: Date,
    text: (slots: SlotValues) => string,
    topic: Topic,
  ): DemoComment {
    const at = this.unique(when);
    const lang = this.rng.chance(0.6) ? post.lang : author.spec.locale;
    const comment: DemoComment = { id: this.newId(), post, parent, author, body: text(this.slots(topic, author, lang, at)), at };
    this.comments.push(comment);
    post.commentCount += 1;
    this.log.add({
      at,
      actorId: author.id,
      verb: 'comment',
      targetType: parent ? 'comment' : 'post',
      targetId: parent?.id ?? post.id,
      threadId: post.id,
      targetAuthorId: parent?.author.id ?? post.author.id,
      spaceId: post.space?.id ?? null,
      meta: { commentId: comment.id },
    });
    return comment;
  }

  private react(
    user: DemoPerson,
    post: DemoPost,
    targetType: 'POST' | 'COMMENT',
    targetId: string,
    targetAuthor: DemoPerson,
    type: ReactionType,
    at: Date,
  ): void {
    const key = `${targetId}:${user.id}`;
    if (this.reacted.has(key)) return;
    this.reacted.add(key);
    this.reactions.push({ user, targetType, targetId, type, at });
    this.log.add({
      at,
      actorId: user.id,
      verb: 'react',
      targetType: targetType === 'POST' ? 'post' : 'comment',
      targetId,
      threadId: post.id,
      targetAuthorId: targetAuthor.id,
      spaceId: post.space?.id ?? null,
      meta: { reaction: type.toLowerCase() },
    });
  }

  /** Who is likely to take part: members, colleagues of the author, followers, experts on questions. */
  private affinity(post: DemoPost, topic: Topic, answering: boolean): (p: DemoPerson) => number {
    const experts = EXPERTS_BY_THEME[topic.input.theme] ?? [];
    return (p) => {
      let w = 0.12 + p.spec.talk;
      if (post.space?.visibility === 'PUBLIC' && post.space.members.has(p.id)) w *= 3;
      if (p.spec.dept === post.author.spec.dept) w *= 1.6;
      if (this.follows.has(`${p.id}>${post.author.id}`)) w *= 1.8;
      if (answering && experts.includes(p.spec.dept)) w *= 3;
      return w;
    };
  }

  private pick(post: DemoPost, at: Date, exclude: ReadonlySet<string>, weight: (p: DemoPerson) => number): DemoPerson | undefined {
    return this.rng.weighted(
      this.org.people.filter((p) => !exclude.has(p.id) && canReadAt(p, post.space, at)),
      weight,
    );
  }

  private reactedTo(targetId: string, authorId: string): Set<string> {
    const exclude = new Set([authorId]);
    for (const p of this.org.people) if (this.reacted.has(`${targetId}:${p.id}`)) exclude.add(p.id);
    return exclude;
  }

  private slots(topic: Topic, writer: DemoPerson, lang: Lang, at: Date): SlotValues {
    const used = new Set([writer.id]);
    const space = topic.input.space;
    return {
      lang,
      customer: topic.customer,
      project: topic.project,
      currency: topic.currency,
      mention: () => {
        const candidates = this.org.people.filter((p) => !used.has(p.id) && canReadAt(p, space, at));
        const experts = EXPERTS_BY_THEME[topic.input.theme] ?? [];
        const who = this.rng.weighted(
          candidates,
          (p) =>
            (0.1 + p.spec.talk) *
            (space?.members.has(p.id) ? 3 : 1) *
            (p.spec.dept === writer.spec.dept ? 1.5 : 1) *
            (experts.includes(p.spec.dept) ? 2 : 1),
        );
        if (!who) return null;
        used.add(who.id);
        return `@${who.handle}`;
      },
    };
  }

  /** A time after `from` (log-normal delay), moved to office hours when `office`; null if it is not in the past yet. */
  private later(from: Date, median: number, spread: number, cap: number, office = true): Date | null {
    let at = new Date(from.getTime() + Math.max(minutes(1), Math.min(this.rng.logNormal(median, spread), cap)));
    if (office) at = this.cal.nextWorkMoment(at, this.rng);
    return at.getTime() <= this.cal.now.getTime() - minutes(1) ? at : null;
  }

  /** Distinct timestamps, so "newest first" orders are stable from one seeding to the next. */
  private unique(at: Date): Date {
    let ms = at.getTime();
    while (this.usedTimes.has(ms)) ms += 1000;
    this.usedTimes.add(ms);
    return new Date(ms);
  }
}
