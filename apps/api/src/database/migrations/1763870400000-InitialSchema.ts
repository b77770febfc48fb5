import type { MigrationInterface, QueryRunner } from 'typeorm';

/** People, spaces, projects, content and the append-only activity log. */
export class InitialSchema1763870400000 implements MigrationInterface {
  name = 'InitialSchema1763870400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE department (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name        text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX department_name_key ON department (lower(name));

      CREATE TABLE app_user (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email          text NOT NULL UNIQUE CHECK (email = lower(email)),
        handle         text NOT NULL UNIQUE CHECK (handle = lower(handle)),
        display_name   text NOT NULL,
        title          text,
        department_id  uuid REFERENCES department (id) ON DELETE SET NULL,
        locale         text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fr')),
        role           text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('MEMBER', 'ANALYST', 'ADMIN')),
        kind           text NOT NULL DEFAULT 'employee' CHECK (kind IN ('employee', 'guest', 'service')),
        password_hash  text NOT NULL,
        active         boolean NOT NULL DEFAULT true,
        activated_at   timestamptz NOT NULL DEFAULT now(),
        deactivated_at timestamptz,
        created_at     timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX app_user_department_idx ON app_user (department_id);
      CREATE INDEX app_user_display_name_idx ON app_user (lower(display_name), id);

      CREATE TABLE space (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug         text NOT NULL UNIQUE,
        name         text NOT NULL,
        kind         text NOT NULL CHECK (kind IN ('GROUP', 'PROJECT')),
        visibility   text NOT NULL CHECK (visibility IN ('PUBLIC', 'PRIVATE', 'SECRET')),
        description  text NOT NULL DEFAULT '',
        created_by   uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX space_name_idx ON space (lower(name), id);

      CREATE TABLE membership (
        space_id    uuid NOT NULL REFERENCES space (id) ON DELETE CASCADE,
        user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role        text NOT NULL CHECK (role IN ('OWNER', 'MODERATOR', 'MEMBER')),
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (space_id, user_id)
      );
      CREATE INDEX membership_user_idx ON membership (user_id);

      CREATE TABLE follow (
        follower_id      uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        target_user_id   uuid REFERENCES app_user (id) ON DELETE CASCADE,
        target_space_id  uuid REFERENCES space (id) ON DELETE CASCADE,
        created_at       timestamptz NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(target_user_id, target_space_id) = 1),
        CHECK (target_user_id IS DISTINCT FROM follower_id)
      );
      CREATE UNIQUE INDEX follow_user_key ON follow (follower_id, target_user_id) WHERE target_user_id IS NOT NULL;
      CREATE UNIQUE INDEX follow_space_key ON follow (follower_id, target_space_id) WHERE target_space_id IS NOT NULL;
      CREATE INDEX follow_target_user_idx ON follow (target_user_id) WHERE target_user_id IS NOT NULL;
      CREATE INDEX follow_target_space_idx ON follow (target_space_id) WHERE target_space_id IS NOT NULL;

      CREATE TABLE business_project (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        space_id       uuid NOT NULL UNIQUE REFERENCES space (id) ON DELETE CASCADE,
        external_key   text UNIQUE,
        customer       text,
        status         text NOT NULL DEFAULT 'PLANNED'
                       CHECK (status IN ('PLANNED', 'ACTIVE', 'WON', 'LOST', 'DELIVERED', 'CANCELLED')),
        goal           text,
        target_value   numeric(16, 2),
        currency       char(3),
        outcome_value  numeric(16, 2),
        start_date     date,
        end_date       date,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      );

      CREATE TABLE post (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        space_id       uuid REFERENCES space (id) ON DELETE CASCADE,
        author_id      uuid NOT NULL REFERENCES app_user (id),
        kind           text NOT NULL DEFAULT 'STATUS' CHECK (kind IN ('STATUS', 'ANNOUNCEMENT', 'QUESTION', 'EVENT')),
        body           text NOT NULL,
        html           text NOT NULL,
        source_kind    text NOT NULL DEFAULT 'NATIVE' CHECK (source_kind IN ('NATIVE', 'EMAIL', 'CONNECTOR')),
        source_ref     text,
        source_url     text,
        pinned         boolean NOT NULL DEFAULT false,
        comment_count  integer NOT NULL DEFAULT 0,
        created_at     timestamptz NOT NULL DEFAULT now(),
        edited_at      timestamptz,
        deleted_at     timestamptz
      );
      CREATE INDEX post_recent_idx ON post (created_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX post_space_recent_idx ON post (space_id, pinned DESC, created_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX post_author_recent_idx ON post (author_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;

      CREATE TABLE post_revision (
        id          bigserial PRIMARY KEY,
        post_id     uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        body        text NOT NULL,
        edited_by   uuid NOT NULL REFERENCES app_user (id),
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX post_revision_post_idx ON post_revision (post_id, id);

      CREATE TABLE comment (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id     uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        parent_id   uuid REFERENCES comment (id) ON DELETE CASCADE,
        author_id   uuid NOT NULL REFERENCES app_user (id),
        body        text NOT NULL,
        html        text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        edited_at   timestamptz,
        deleted_at  timestamptz
      );
      CREATE INDEX comment_post_idx ON comment (post_id, created_at, id) WHERE deleted_at IS NULL;

      CREATE TABLE reaction (
        user_id      uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        target_type  text NOT NULL CHECK (target_type IN ('POST', 'COMMENT')),
        target_id    uuid NOT NULL,
        type         text NOT NULL CHECK (type IN ('LIKE', 'CELEBRATE', 'INSIGHTFUL', 'SUPPORT')),
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (target_id, user_id)
      );
      CREATE INDEX reaction_user_idx ON reaction (user_id);

      -- Append-only: one row per action, never updated (ANALYTICS.md §0.1).
      CREATE TABLE activity (
        id                bigserial PRIMARY KEY,
        occurred_at       timestamptz NOT NULL DEFAULT now(),
        occurred_on       date NOT NULL DEFAULT (now() AT TIME ZONE 'Europe/Paris')::date,
        actor_id          uuid NOT NULL,
        actor_kind        text NOT NULL CHECK (actor_kind IN ('human', 'bot', 'connector', 'system')),
        verb              text NOT NULL,
        target_type       text,
        target_id         uuid,
        thread_id         uuid,
        target_author_id  uuid,
        space_id          uuid,
        meta              jsonb NOT NULL DEFAULT '{}'
      );
      CREATE INDEX activity_occurred_idx ON activity (occurred_at);
      CREATE INDEX activity_actor_idx ON activity (actor_id, occurred_at);
      CREATE INDEX activity_space_idx ON activity (space_id, occurred_at) WHERE space_id IS NOT NULL;
      CREATE UNIQUE INDEX activity_one_visit_per_day ON activity (actor_id, occurred_on) WHERE verb = 'visit';
      CREATE FUNCTION activity_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'activity is append-only'; END $$;
      CREATE TRIGGER activity_append_only BEFORE UPDATE OR DELETE ON activity
        FOR EACH ROW EXECUTE FUNCTION activity_is_append_only();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE activity; DROP FUNCTION activity_is_append_only();
      DROP TABLE reaction; DROP TABLE comment; DROP TABLE post_revision; DROP TABLE post;
      DROP TABLE business_project; DROP TABLE follow; DROP TABLE membership; DROP TABLE space;
      DROP TABLE app_user; DROP TABLE department;
    `);
  }
}
