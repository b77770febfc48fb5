import type { EntityManager } from 'typeorm';

import type { DemoPlan } from './demo-plan.js';
import { insertRows } from './demo-sql.js';

/** Mentions, hashtags and notifications: what writing the posts and comments set off. Runs after them. */
export const writeConversationEffects = async (tx: EntityManager, plan: DemoPlan): Promise<void> => {
  const { references } = plan;

  await insertRows(
    tx,
    'mention',
    [
      ['post_id', 'uuid'],
      ['comment_id', 'uuid'],
      ['user_id', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
    references.mentions.map((m) => [m.postId, m.commentId, m.userId, m.at]),
  );

  await insertRows(
    tx,
    'hashtag',
    [
      ['id', 'uuid'],
      ['tag', 'text'],
      ['created_at', 'timestamptz'],
    ],
    references.hashtags.map((h) => [h.id, h.tag, h.at]),
  );

  await insertRows(
    tx,
    'post_hashtag',
    [
      ['hashtag_id', 'uuid'],
      ['post_id', 'uuid'],
      ['source_id', 'uuid'],
      ['post_created_at', 'timestamptz'],
    ],
    references.postHashtags.map((ph) => [ph.hashtagId, ph.postId, ph.sourceId, ph.postAt]),
  );

  await insertRows(
    tx,
    'notification',
    [
      ['id', 'uuid'],
      ['recipient_id', 'uuid'],
      ['kind', 'text'],
      ['actor_id', 'uuid'],
      ['post_id', 'uuid'],
      ['comment_id', 'uuid'],
      ['space_id', 'uuid'],
      ['group_key', 'uuid'],
      ['count', 'int4'],
      ['read_at', 'timestamptz'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    plan.notifications.map((n) => [
      n.id,
      n.recipientId,
      n.kind,
      n.actorId,
      n.postId,
      n.commentId,
      n.spaceId,
      n.groupKey,
      n.count,
      n.readAt,
      n.createdAt,
      n.updatedAt,
    ]),
  );
};
