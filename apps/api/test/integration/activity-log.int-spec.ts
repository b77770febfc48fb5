import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestUser } from '../factories/factories.js';
import { expectError, type GqlResponse, ok } from '../gql-client.js';
import { startTestApp, type TestApp } from '../test-app.js';
import { ADD_MEMBER, CREATE_SPACE, FOLLOW, JOIN, LEAVE, REMOVE_MEMBER, UNFOLLOW, UPDATE_SPACE } from './people-spaces-helpers.js';

describe('activity log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  interface Action {
    /** Builds what the action needs; `actor` performs it. */
    prepare(actor: TestUser): Promise<Record<string, any>>;
    act(actor: TestUser, ctx: Record<string, any>): Promise<GqlResponse>;
    /** The row the action must append. */
    row(actor: TestUser, ctx: Record<string, any>): Record<string, unknown>;
    /** Whether the action's effect is in the database. */
    done(actor: TestUser, ctx: Record<string, any>): Promise<boolean>;
  }
  const exists = async (sql: string, params: unknown[]) => ((await t.db.query(sql, params)) as unknown[]).length > 0;
  const isMember = (spaceId: string, userId: string) =>
    exists(`SELECT 1 FROM membership WHERE space_id = $1 AND user_id = $2`, [spaceId, userId]);
  const follows = (actor: TestUser, id: string) =>
    exists(`SELECT 1 FROM follow WHERE follower_id = $1 AND (target_user_id = $2 OR target_space_id = $2)`, [actor.id, id]);
  const row = (verb: string, targetType: string | null, targetId: string, targetAuthorId: string | null, spaceId: string | null) => ({
    verb,
    target_type: targetType,
    target_id: targetId,
    target_author_id: targetAuthorId,
    space_id: spaceId,
  });

  const ACTIONS: [string, Action][] = [
    [
      'create_space',
      {
        prepare: async () => ({ name: `Created ${randomUUID()}` }),
        act: (actor, c) => t.gql(CREATE_SPACE, { input: { name: c.name, kind: 'GROUP', visibility: 'PUBLIC' } }, actor.token),
        row: (_, c) => row('create_space', 'space', c.id, null, c.id),
        done: async (_, c) => {
          c.id = (await t.db.query(`SELECT id FROM space WHERE name = $1`, [c.name]))[0]?.id;
          return c.id !== undefined;
        },
      },
    ],
    [
      'update_project',
      {
        prepare: async (actor) => {
          const space = ok(
            await t.gql(
              CREATE_SPACE,
              { input: { name: 'Deal', kind: 'PROJECT', visibility: 'PUBLIC', project: { customer: 'Initech' } } },
              actor.token,
            ),
          ).createSpace;
          return { space };
        },
        act: (actor, c) => t.gql(UPDATE_SPACE, { id: c.space.id, input: { project: { customer: 'Initech', status: 'WON' } } }, actor.token),
        row: (_, c) => row('update_project', 'project', c.space.project.id, null, c.space.id),
        done: (_, c) => exists(`SELECT 1 FROM business_project WHERE space_id = $1 AND status = 'WON'`, [c.space.id]),
      },
    ],
    [
      'join',
      {
        prepare: async () => ({ space: await t.f.space() }),
        act: (actor, c) => t.gql(JOIN, { id: c.space.id }, actor.token),
        row: (_, c) => row('join', 'space', c.space.id, null, c.space.id),
        done: (actor, c) => isMember(c.space.id, actor.id),
      },
    ],
    [
      'leave',
      {
        prepare: async (actor) => ({ space: await t.f.space({ members: [{ user: actor }] }) }),
        act: (actor, c) => t.gql(LEAVE, { id: c.space.id }, actor.token),
        row: (actor, c) => row('leave', 'person', actor.id, actor.id, c.space.id),
        done: async (actor, c) => !(await isMember(c.space.id, actor.id)),
      },
    ],
    [
      'add_member',
      {
        prepare: async (actor) => ({ space: await t.f.space({ members: [{ user: actor, role: 'OWNER' }] }), other: await t.f.user() }),
        act: (actor, c) => t.gql(ADD_MEMBER, { s: c.space.id, u: c.other.id, role: 'MEMBER' }, actor.token),
        row: (_, c) => row('add_member', 'person', c.other.id, c.other.id, c.space.id),
        done: (_, c) => isMember(c.space.id, c.other.id),
      },
    ],
    [
      'remove_member',
      {
        prepare: async (actor) => {
          const other = await t.f.user();
          return { other, space: await t.f.space({ members: [{ user: actor, role: 'OWNER' }, { user: other }] }) };
        },
        act: (actor, c) => t.gql(REMOVE_MEMBER, { s: c.space.id, u: c.other.id }, actor.token),
        row: (_, c) => row('remove_member', 'person', c.other.id, c.other.id, c.space.id),
        done: async (_, c) => !(await isMember(c.space.id, c.other.id)),
      },
    ],
    [
      'follow (a person)',
      {
        prepare: async () => ({ other: await t.f.user() }),
        act: (actor, c) => t.gql(FOLLOW, { id: c.other.id }, actor.token),
        row: (_, c) => row('follow', 'person', c.other.id, c.other.id, null),
        done: (actor, c) => follows(actor, c.other.id),
      },
    ],
    [
      'follow (a space)',
      {
        prepare: async () => ({ space: await t.f.space() }),
        act: (actor, c) => t.gql(FOLLOW, { id: c.space.id }, actor.token),
        row: (_, c) => row('follow', 'space', c.space.id, null, c.space.id),
        done: (actor, c) => follows(actor, c.space.id),
      },
    ],
    [
      'unfollow (a person)',
      {
        prepare: async (actor) => {
          const other = await t.f.user();
          await t.f.follow(actor, { user: other });
          return { other };
        },
        act: (actor, c) => t.gql(UNFOLLOW, { id: c.other.id }, actor.token),
        row: (_, c) => row('unfollow', 'person', c.other.id, c.other.id, null),
        done: async (actor, c) => !(await follows(actor, c.other.id)),
      },
    ],
    [
      'unfollow (a space)',
      {
        prepare: async (actor) => {
          const space = await t.f.space();
          await t.f.follow(actor, { space });
          return { space };
        },
        act: (actor, c) => t.gql(UNFOLLOW, { id: c.space.id }, actor.token),
        row: (_, c) => row('unfollow', 'space', c.space.id, null, c.space.id),
        done: async (actor, c) => !(await follows(actor, c.space.id)),
      },
    ],
  ];

  beforeAll(async () => {
    // Lets a test make the activity insert of one actor fail, as a full disk or a bug would.
    await t.db.query(`
      CREATE TABLE activity_sabotage (actor_id uuid PRIMARY KEY);
      CREATE FUNCTION sabotage_activity() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.verb <> 'visit' AND EXISTS (SELECT 1 FROM activity_sabotage WHERE actor_id = NEW.actor_id) THEN
            RAISE EXCEPTION 'activity log unavailable';
          END IF;
          RETURN NEW;
        END $$;
      CREATE TRIGGER sabotage_activity BEFORE INSERT ON activity FOR EACH ROW EXECUTE FUNCTION sabotage_activity();`);
  });

  it.each(ACTIONS)('%s appends its row: verb, actor, target and target author', async (_, action) => {
    const actor = await t.f.user();
    const ctx = await action.prepare(actor);
    const [{ last }] = await t.db.query(`SELECT coalesce(max(id), 0) AS last FROM activity`);
    ok(await action.act(actor, ctx));
    expect(await action.done(actor, ctx)).toBe(true);
    const rows = await t.db.query(
      `SELECT verb, actor_id, actor_kind, target_type, target_id, target_author_id, space_id FROM activity WHERE id > $1 AND verb <> 'visit' ORDER BY id`,
      [last],
    );
    expect(rows).toEqual([{ ...action.row(actor, ctx), actor_id: actor.id, actor_kind: 'human' }]);
  });

  it.each(ACTIONS)('%s is undone when its activity row cannot be written (same transaction)', async (_, action) => {
    const actor = await t.f.user();
    const ctx = await action.prepare(actor);
    await t.db.query(`INSERT INTO activity_sabotage (actor_id) VALUES ($1)`, [actor.id]);
    expectError(await action.act(actor, ctx), 'INTERNAL_SERVER_ERROR');
    expect(await action.done(actor, ctx)).toBe(false);
  });
});
