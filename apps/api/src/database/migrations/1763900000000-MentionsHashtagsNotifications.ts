import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Mentions, hashtags, notifications and notification preferences. */
export class MentionsHashtagsNotifications1763900000000 implements MigrationInterface {
  name = 'MentionsHashtagsNotifications1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- Stored now, sent by the digest job of a later issue.
      ALTER TABLE app_user ADD COLUMN email_digest text NOT NULL DEFAULT 'OFF' CHECK (email_digest IN ('OFF', 'DAILY', 'WEEKLY'));

      -- Who a post or comment mentions, kept in step with its current body. Only people who could
      -- read the place when it was written are stored.
      CREATE TABLE mention (
        id          bigserial PRIMARY KEY,
        post_id     uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        comment_id  uuid REFERENCES comment (id) ON DELETE CASCADE,
        user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX mention_in_post_key ON mention (post_id, user_id) WHERE comment_id IS NULL;
      CREATE UNIQUE INDEX mention_in_comment_key ON mention (comment_id, user_id) WHERE comment_id IS NOT NULL;
      CREATE INDEX mention_user_idx ON mention (user_id, created_at DESC);

      CREATE TABLE hashtag (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tag         text NOT NULL UNIQUE,
        created_at  timestamptz NOT NULL DEFAULT now()
      );

      -- A post carries a tag when its body or one of its live comments does: one row per source
      -- (source_id = the post's or the comment's id), so editing one source never drops a tag
      -- another still carries. post_created_at is copied so a tag's feed is one index range.
      CREATE TABLE post_hashtag (
        hashtag_id       uuid NOT NULL REFERENCES hashtag (id) ON DELETE CASCADE,
        post_id          uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        source_id        uuid NOT NULL,
        post_created_at  timestamptz NOT NULL,
        PRIMARY KEY (hashtag_id, post_id, source_id)
      );
      CREATE INDEX post_hashtag_feed_idx ON post_hashtag (hashtag_id, post_created_at DESC, post_id DESC);
      CREATE INDEX post_hashtag_source_idx ON post_hashtag (source_id);
      CREATE INDEX post_hashtag_post_idx ON post_hashtag (post_id);

      -- group_key gathers batched kinds: while unread, one row per (recipient, kind, key) whose
      -- count grows (REACTION: the target's id; SPACE_POST: the space's id). NULL = never batched.
      CREATE TABLE notification (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id  uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind          text NOT NULL CHECK (kind IN ('MENTION', 'REPLY', 'REACTION', 'SPACE_POST', 'CONNECTOR_EVENT')),
        actor_id      uuid REFERENCES app_user (id) ON DELETE SET NULL,
        post_id       uuid REFERENCES post (id) ON DELETE CASCADE,
        comment_id    uuid REFERENCES comment (id) ON DELETE CASCADE,
        space_id      uuid REFERENCES space (id) ON DELETE CASCADE,
        group_key     uuid,
        count         integer NOT NULL DEFAULT 1 CHECK (count >= 1),
        read_at       timestamptz,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX notification_recipient_recent_idx ON notification (recipient_id, updated_at DESC, id DESC);
      CREATE INDEX notification_recipient_unread_idx ON notification (recipient_id, updated_at DESC, id DESC) WHERE read_at IS NULL;
      CREATE UNIQUE INDEX notification_open_group_key ON notification (recipient_id, kind, group_key)
        WHERE read_at IS NULL AND group_key IS NOT NULL;
      -- For deletes cascading from posts and comments.
      CREATE INDEX notification_post_idx ON notification (post_id);
      CREATE INDEX notification_comment_idx ON notification (comment_id) WHERE comment_id IS NOT NULL;

      -- In-app switches per kind; no row means on.
      CREATE TABLE notification_preference (
        user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind        text NOT NULL CHECK (kind IN ('MENTION', 'REPLY', 'REACTION', 'SPACE_POST', 'CONNECTOR_EVENT')),
        in_app      boolean NOT NULL,
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE notification_preference; DROP TABLE notification;
      DROP TABLE post_hashtag; DROP TABLE hashtag; DROP TABLE mention;
      ALTER TABLE app_user DROP COLUMN email_digest;
    `);
  }
}
