import { copyInto } from './copy.js';
import { planComments, planReactions, REACTION_TYPES } from './interactions.js';
import { isoTime, KINDS, parisDay, planContent } from './plan.js';
import { randomStream, TAG, uuidFor } from './random.js';
import { makeWriter } from './text.js';

/*
 * Streams dataset M's content into PostgreSQL, each table in time order: posts, comments and
 * reactions on one connection, and on a second at the same time the activity rows the API would
 * have written with each of them, merged into one time-ordered log (the log is append-only in
 * life, so its physical order is time order).
 */

export const ACTIVITY_COLUMNS = [
  'occurred_at',
  'occurred_on',
  'actor_id',
  'actor_kind',
  'verb',
  'target_type',
  'target_id',
  'thread_id',
  'target_author_id',
  'space_id',
  'meta',
];

export const CONTENT_COLUMNS = {
  post: ['id', 'space_id', 'author_id', 'kind', 'body', 'html', 'source_kind', 'pinned', 'comment_count', 'created_at'],
  comment: ['id', 'post_id', 'parent_id', 'author_id', 'body', 'html', 'created_at'],
  reaction: ['user_id', 'target_type', 'target_id', 'type', 'created_at'],
  activity: ACTIVITY_COLUMNS,
};

const timed = async (timings, name, work) => {
  const began = performance.now();
  const rows = await work();
  timings[name] = { rows, seconds: (performance.now() - began) / 1000 };
};

export const loadContent = async ({ org, main, log, sizes, timings }) => {
  const began = performance.now();
  const plan = planContent(org, sizes);
  const comments = planComments(org, plan, sizes);
  const reactions = planReactions(org, plan, comments, sizes);
  timings.plan = { seconds: (performance.now() - began) / 1000 };

  const writer = makeWriter(
    randomStream(org.seed, 'text'),
    org.users.map((u) => u.handle),
  );
  const userId = (u) => org.users[u].id;
  const spaceId = (s) => (s < 0 ? null : org.spaces[s].id);
  const postId = (p) => uuidFor(TAG.post, p);
  const commentId = (c) => uuidFor(TAG.comment, c);
  const french = (u) => org.users[u].locale === 'fr';

  const content = async () => {
    await timed(timings, 'post', async () => {
      const rows = await copyInto(main, 'post', CONTENT_COLUMNS.post);
      for (let p = 0; p < sizes.posts; p += 1) {
        const { body, html } = writer.post(french(plan.author[p]));
        const at = isoTime(plan.time[p], TAG.post, p);
        await rows.row([
          postId(p),
          spaceId(plan.space[p]),
          userId(plan.author[p]),
          KINDS[plan.kind[p]],
          body,
          html,
          'NATIVE',
          plan.pinned[p] === 1,
          plan.commentCount[p],
          at,
        ]);
      }
      return rows.end();
    });
    await timed(timings, 'comment', async () => {
      const rows = await copyInto(main, 'comment', CONTENT_COLUMNS.comment);
      for (const c of comments.order) {
        const { body, html } = writer.comment(french(comments.author[c]));
        const parent = comments.parent[c];
        const at = isoTime(comments.time[c], TAG.comment, c);
        await rows.row([
          commentId(c),
          postId(comments.post[c]),
          parent < 0 ? null : commentId(parent),
          userId(comments.author[c]),
          body,
          html,
          at,
        ]);
      }
      return rows.end();
    });
    await timed(timings, 'reaction', async () => {
      const rows = await copyInto(main, 'reaction', CONTENT_COLUMNS.reaction);
      for (const r of reactions.order) {
        const target = reactions.onComment[r] ? commentId(reactions.target[r]) : postId(reactions.target[r]);
        const at = isoTime(reactions.time[r], TAG.reaction, r);
        await rows.row([
          userId(reactions.user[r]),
          reactions.onComment[r] ? 'COMMENT' : 'POST',
          target,
          REACTION_TYPES[reactions.type[r]],
          at,
        ]);
      }
      return rows.end();
    });
  };

  // One activity row per post, comment and reaction, as the API records them, merged by time.
  const activity = async () => {
    const rows = await copyInto(log, 'activity', ACTIVITY_COLUMNS);
    const act = (ms, tag, index, actor, verb, targetType, targetId, threadId, targetAuthor, s, meta) =>
      rows.row([
        isoTime(ms, tag, index),
        parisDay(ms),
        userId(actor),
        'human',
        verb,
        targetType,
        targetId,
        threadId,
        userId(targetAuthor),
        spaceId(s),
        meta,
      ]);
    const emitPost = (p) =>
      act(plan.time[p], TAG.post, p, plan.author[p], 'post', 'post', postId(p), postId(p), plan.author[p], plan.space[p], {
        kind: KINDS[plan.kind[p]].toLowerCase(),
      });
    const emitComment = (c) => {
      const p = comments.post[c];
      const parent = comments.parent[c];
      const [type, target, author] =
        parent < 0 ? ['post', postId(p), plan.author[p]] : ['comment', commentId(parent), comments.author[parent]];
      return act(comments.time[c], TAG.comment, c, comments.author[c], 'comment', type, target, postId(p), author, plan.space[p], {
        commentId: commentId(c),
      });
    };
    const emitReaction = (r) => {
      const onComment = reactions.onComment[r] === 1;
      const index = reactions.target[r];
      const p = onComment ? comments.post[index] : index;
      const author = onComment ? comments.author[index] : plan.author[p];
      const target = onComment ? commentId(index) : postId(index);
      return act(
        reactions.time[r],
        TAG.reaction,
        r,
        reactions.user[r],
        'react',
        onComment ? 'comment' : 'post',
        target,
        postId(p),
        author,
        plan.space[p],
        {
          reaction: REACTION_TYPES[reactions.type[r]].toLowerCase(),
        },
      );
    };
    const streams = [
      { at: 0, order: null, size: sizes.posts, time: plan.time, emit: emitPost },
      { at: 0, order: comments.order, size: sizes.comments, time: comments.time, emit: emitComment },
      { at: 0, order: reactions.order, size: sizes.reactions, time: reactions.time, emit: emitReaction },
    ];
    const next = (s) => (s.order ? s.order[s.at] : s.at);
    for (;;) {
      let earliest = null;
      for (const s of streams) if (s.at < s.size && (!earliest || s.time[next(s)] < earliest.time[next(earliest)])) earliest = s;
      if (!earliest) break;
      const index = next(earliest);
      earliest.at += 1;
      await earliest.emit(index);
    }
    return rows.end();
  };

  const [, activityRows] = await Promise.all([content(), activity()]);
  timings.activity = {
    rows: activityRows,
    seconds: (performance.now() - began) / 1000,
    note: 'merged by time, copied alongside the content',
  };
  return { renderer: writer.renderer };
};
