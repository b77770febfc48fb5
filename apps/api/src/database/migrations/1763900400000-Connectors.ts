import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Connectors, their routes, the inbound inbox, connector threads, mail threading and attachments. */
export class Connectors1763900400000 implements MigrationInterface {
  name = 'Connectors1763900400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- A connector acts through its own service account (app_user.kind = 'service'), so its posts
      -- have an author like any other and the activity log stays one shape.
      CREATE TABLE connector (
        id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind                        text NOT NULL CHECK (kind IN ('GENERIC', 'GITHUB', 'JIRA', 'FRESHDESK', 'FRONT', 'INTERCOM', 'IMAP')),
        name                        text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        -- Kept in clear: HMAC verification needs the key itself. Shown only on creation/rotation.
        secret                      text NOT NULL,
        previous_secret             text,
        previous_secret_expires_at  timestamptz,
        settings                    jsonb NOT NULL DEFAULT '{}',
        bot_user_id                 uuid NOT NULL UNIQUE REFERENCES app_user (id),
        created_by                  uuid REFERENCES app_user (id) ON DELETE SET NULL,
        active                      boolean NOT NULL DEFAULT true,
        created_at                  timestamptz NOT NULL DEFAULT now(),
        updated_at                  timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE connector_route (
        connector_id  uuid NOT NULL REFERENCES connector (id) ON DELETE CASCADE,
        key           text NOT NULL CHECK (length(key) BETWEEN 1 AND 300),
        space_id      uuid NOT NULL REFERENCES space (id) ON DELETE CASCADE,
        created_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (connector_id, key)
      );
      CREATE INDEX connector_route_space_idx ON connector_route (space_id);

      -- The inbox: every accepted input is written here (with its queue job) before it is
      -- acknowledged. Mail received over SMTP has no connector (connector_id NULL).
      CREATE TABLE inbound_event (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        connector_id  uuid REFERENCES connector (id) ON DELETE CASCADE,
        source        text NOT NULL CHECK (source IN ('GENERIC', 'GITHUB', 'JIRA', 'FRESHDESK', 'FRONT', 'INTERCOM', 'SMTP', 'IMAP')),
        external_id   text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 500),
        headers       jsonb NOT NULL DEFAULT '{}',
        raw           bytea NOT NULL,
        status        text NOT NULL DEFAULT 'RECEIVED'
                      CHECK (status IN ('RECEIVED', 'PROCESSED', 'IGNORED', 'UNROUTED', 'FAILED')),
        reason        text,
        error         text,
        attempts      integer NOT NULL DEFAULT 0,
        routing_key   text,
        space_id      uuid REFERENCES space (id) ON DELETE SET NULL,
        post_id       uuid REFERENCES post (id) ON DELETE SET NULL,
        comment_id    uuid REFERENCES comment (id) ON DELETE SET NULL,
        received_at   timestamptz NOT NULL DEFAULT now(),
        processed_at  timestamptz,
        CONSTRAINT inbound_event_external_key UNIQUE NULLS NOT DISTINCT (connector_id, external_id)
      );
      CREATE INDEX inbound_event_list_idx ON inbound_event (connector_id, received_at DESC, id DESC);
      CREATE INDEX inbound_event_status_idx ON inbound_event (connector_id, status, received_at DESC, id DESC);
      CREATE INDEX inbound_event_failed_idx ON inbound_event (received_at) WHERE status = 'FAILED';
      CREATE INDEX inbound_event_unrouted_idx ON inbound_event (connector_id, routing_key) WHERE status = 'UNROUTED';

      -- One post per external object (issue, pull request, ticket, deal, conversation). Object keys
      -- are unique within the system a connector speaks for (two Jira sites both have TEST-1).
      CREATE TABLE connector_thread (
        connector_id uuid NOT NULL REFERENCES connector (id) ON DELETE CASCADE,
        object_key  text NOT NULL,
        post_id     uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        -- false while the thread was started by a later event (out of order) and the object's
        -- own "opened" event has not arrived yet.
        opened      boolean NOT NULL DEFAULT false,
        status      text,
        -- When the shown status happened: an older status arriving late never overwrites a newer one.
        status_at   timestamptz,
        title       text NOT NULL,
        url         text,
        description text,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (connector_id, object_key)
      );
      CREATE INDEX connector_thread_post_idx ON connector_thread (post_id);

      -- Message-IDs of mail that became a post or a comment, so replies thread onto them.
      CREATE TABLE mail_message (
        message_id  text PRIMARY KEY,
        post_id     uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        comment_id  uuid REFERENCES comment (id) ON DELETE CASCADE,
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX mail_message_post_idx ON mail_message (post_id);

      CREATE TABLE attachment (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id           uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        comment_id        uuid REFERENCES comment (id) ON DELETE CASCADE,
        inbound_event_id  uuid REFERENCES inbound_event (id) ON DELETE SET NULL,
        filename          text NOT NULL,
        content_type      text NOT NULL,
        size_bytes        integer NOT NULL CHECK (size_bytes >= 0),
        sha256            text NOT NULL,
        storage_key       text NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX attachment_post_idx ON attachment (post_id, created_at, id);

      -- Where an IMAP connector stopped: UIDs are only meaningful within one UIDVALIDITY.
      CREATE TABLE imap_mailbox_state (
        connector_id  uuid PRIMARY KEY REFERENCES connector (id) ON DELETE CASCADE,
        mailbox       text NOT NULL DEFAULT 'INBOX',
        uid_validity  bigint,
        last_uid      bigint NOT NULL DEFAULT 0,
        updated_at    timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE imap_mailbox_state;
      DROP TABLE attachment;
      DROP TABLE mail_message;
      DROP TABLE connector_thread;
      DROP TABLE inbound_event;
      DROP TABLE connector_route;
      DROP TABLE connector;
    `);
  }
}
