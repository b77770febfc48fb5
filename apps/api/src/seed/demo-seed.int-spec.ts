import { randomBytes } from 'node:crypto';

import { deriveHandle, renderMarkdown } from '@chantier/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';

import { expectError, ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { createDatabaseFromTemplate, dropDatabase } from '../../test/test-database.js';
import { dataSourceOptions } from '../database/data-source.js';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_SECRET_SPACE_SLUG, DEMO_SHARED_PROJECT_SLUG, seedDemoOrganisation } from './demo-seed.js';
import { conversationEffectSpecs } from './demo-seed.test-kit.js';

// A Wednesday morning in Paris: the 90 days of history end here.
const NOW = new Date('2026-03-18T10:30:00Z');
const TABLES = ['department', 'app_user', 'space', 'membership', 'follow', 'business_project', 'post', 'comment', 'reaction', 'activity'];
const EFFECTS = ['mention', 'hashtag', 'post_hashtag', 'notification'];
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { handle role locale } } }`;

const one = async <T = Record<string, any>>(db: DataSource, sql: string, params: unknown[] = []): Promise<T> =>
  ((await db.query(sql, params)) as T[])[0]!;
const counts = async (db: DataSource): Promise<Record<string, number>> =>
  one(db, `SELECT ${[...TABLES, ...EFFECTS].map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(', ')}`);

describe('demo organisation seed', () => {
  let t: TestApp;
  let seeded: boolean;
  beforeAll(async () => {
    t = await startTestApp();
    seeded = await seedDemoOrganisation(t.db, { now: NOW });
  });
  afterAll(() => t.close());

  // Its duration is measured by the start-up benchmark (bench/scenarios/startup.js), never asserted here.
  it('seeds an empty database', () => {
    expect(seeded).toBe(true);
  });

  it('has departments and people with handles, titles, locales, leaders and the four demo logins', async () => {
    const c = await counts(t.db);
    expect(c.department).toBeGreaterThanOrEqual(6);
    expect(c.app_user).toBeGreaterThanOrEqual(40);
    const people = (await t.db.query(`SELECT email, handle, role, locale, title, department_id AS "departmentId" FROM app_user`)) as Record<
      string,
      string
    >[];
    for (const p of people) expect(p.handle).toBe(deriveHandle(p.email!));
    expect(new Set(people.map((p) => p.locale))).toEqual(new Set(['fr', 'en']));
    expect(people.filter((p) => /^(Head of|VP|Direct)/.test(p.title ?? '')).length).toBeGreaterThanOrEqual(4);
    const byEmail = new Map(people.map((p) => [p.email, p]));
    for (const { email, role } of DEMO_LOGINS) expect(byEmail.get(email)?.role).toBe(role);
    const [alice, bob] = [byEmail.get('alice@demo.chantier.test')!, byEmail.get('bob@demo.chantier.test')!];
    expect(alice.departmentId).not.toBe(bob.departmentId);
    expect(alice.locale).toBe('en');
  });

  it('has groups and project spaces of every visibility, with owners, moderators and members', async () => {
    const kinds = (await t.db.query(`SELECT kind, visibility, count(*)::int AS n FROM space GROUP BY 1, 2`)) as {
      kind: string;
      visibility: string;
      n: number;
    }[];
    const n = (kind: string, visibility?: string) =>
      kinds.filter((k) => k.kind === kind && (!visibility || k.visibility === visibility)).reduce((s, k) => s + k.n, 0);
    expect(n('GROUP')).toBeGreaterThanOrEqual(8);
    expect(n('PROJECT')).toBeGreaterThanOrEqual(6);
    for (const visibility of ['PUBLIC', 'PRIVATE', 'SECRET']) expect(n('GROUP', visibility) + n('PROJECT', visibility)).toBeGreaterThan(0);
    expect(n('GROUP', 'SECRET')).toBeGreaterThan(0);
    expect(n('PROJECT', 'SECRET')).toBeGreaterThan(0);
    const roles = (await t.db.query(`SELECT DISTINCT role FROM membership ORDER BY role`)) as { role: string }[];
    expect(roles.map((r) => r.role)).toEqual(['MEMBER', 'MODERATOR', 'OWNER']);
    expect(
      await one(
        t.db,
        `SELECT count(*)::int AS n FROM space s WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.space_id = s.id AND m.role = 'OWNER')`,
      ),
    ).toEqual({ n: 0 });
  });

  it('links every project space to a business project, across every status', async () => {
    const projects = (await t.db.query(
      `SELECT s.kind, b.external_key AS key, b.customer, b.status, b.goal, b.target_value AS target, b.currency, b.outcome_value AS outcome, b.start_date AS start, b.end_date AS "end"
         FROM space s LEFT JOIN business_project b ON b.space_id = s.id WHERE s.kind = 'PROJECT'`,
    )) as Record<string, string | null>[];
    for (const p of projects) {
      expect(p.key).toMatch(/^[a-z][a-z0-9-]*:\S+$/);
      for (const field of ['customer', 'goal', 'target', 'currency', 'start', 'end'] as const) expect(p[field]).not.toBeNull();
      if (p.status === 'WON' || p.status === 'DELIVERED') expect(Number(p.outcome)).toBeGreaterThan(0);
    }
    expect(new Set(projects.map((p) => p.status))).toEqual(new Set(['PLANNED', 'ACTIVE', 'WON', 'LOST', 'DELIVERED', 'CANCELLED']));
    expect(projects.filter((p) => p.currency === 'EUR').length).toBeGreaterThan(projects.length / 2);
  });

  it('puts alice and bob in a project space together, keeps both out of the secret one, and bob follows alice', async () => {
    const members = async (slug: string) =>
      (
        (await t.db.query(
          `SELECT u.handle FROM membership m JOIN space s ON s.id = m.space_id JOIN app_user u ON u.id = m.user_id WHERE s.slug = $1`,
          [slug],
        )) as {
          handle: string;
        }[]
      ).map((r) => r.handle);
    expect(await one(t.db, `SELECT kind, visibility FROM space WHERE slug = $1`, [DEMO_SECRET_SPACE_SLUG])).toEqual({
      kind: 'PROJECT',
      visibility: 'SECRET',
    });
    expect(await members(DEMO_SECRET_SPACE_SLUG)).not.toEqual(expect.arrayContaining(['alice']));
    expect(await members(DEMO_SECRET_SPACE_SLUG)).not.toEqual(expect.arrayContaining(['bob']));
    expect(await one(t.db, `SELECT kind FROM space WHERE slug = $1`, [DEMO_SHARED_PROJECT_SLUG])).toEqual({ kind: 'PROJECT' });
    expect(await members(DEMO_SHARED_PROJECT_SLUG)).toEqual(expect.arrayContaining(['alice', 'bob']));
    const follows = await one(
      t.db,
      `SELECT count(*)::int AS n FROM follow f JOIN app_user a ON a.id = f.follower_id JOIN app_user b ON b.id = f.target_user_id
                                      WHERE a.handle = 'bob' AND b.handle = 'alice'`,
    );
    expect(follows).toEqual({ n: 1 });
  });

  it('has 90 days of posts, comments, replies and reactions with an office rhythm', async () => {
    const stats = await one(
      t.db,
      `SELECT count(*)::int AS posts, count(DISTINCT kind)::int AS kinds, count(*) FILTER (WHERE space_id IS NULL)::int AS company,
              count(*) FILTER (WHERE pinned)::int AS pinned, min(created_at) AS first, max(created_at) AS last,
              count(*) FILTER (WHERE extract(isodow FROM created_at AT TIME ZONE 'Europe/Paris') >= 6)::int AS weekend,
              count(*) FILTER (WHERE extract(hour FROM created_at AT TIME ZONE 'Europe/Paris') BETWEEN 8 AND 18)::int AS office
         FROM post`,
    );
    expect(stats.posts).toBeGreaterThanOrEqual(300);
    expect(stats.kinds).toBe(3);
    expect(stats.company).toBeGreaterThan(0);
    expect(stats.pinned).toBeGreaterThan(0);
    expect(new Date(stats.first).getTime()).toBeGreaterThanOrEqual(NOW.getTime() - 90 * 86_400_000);
    expect(new Date(stats.last).getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(stats.weekend).toBeLessThan(stats.posts * 0.05);
    expect(stats.office).toBeGreaterThan(stats.posts * 0.8);
    const c = await one(t.db, `SELECT count(*)::int AS n, count(parent_id)::int AS replies FROM comment`);
    expect(c.n).toBeGreaterThan(stats.posts);
    expect(c.replies).toBeGreaterThan(0);
    expect(
      await one(
        t.db,
        `SELECT count(*)::int AS n FROM comment c JOIN comment p ON p.id = c.parent_id WHERE p.parent_id IS NOT NULL OR p.post_id <> c.post_id`,
      ),
    ).toEqual({ n: 0 });
    const types = (await t.db.query(`SELECT DISTINCT type FROM reaction ORDER BY type`)) as { type: string }[];
    expect(types.map((r) => r.type)).toEqual(['CELEBRATE', 'INSIGHTFUL', 'LIKE', 'SUPPORT']);
    const html = (await t.db.query(`SELECT body, html FROM post UNION ALL SELECT body, html FROM comment`)) as {
      body: string;
      html: string;
    }[];
    for (const row of html) expect(row.html).toBe(renderMarkdown(row.body));
  });

  it('answers most questions within hours and leaves some unanswered', async () => {
    const q = await one(
      t.db,
      `WITH q AS (SELECT p.created_at, (SELECT min(c.created_at) FROM comment c WHERE c.post_id = p.id AND c.author_id <> p.author_id) AS answered
                    FROM post p WHERE p.kind = 'QUESTION')
       SELECT count(*)::int AS total, count(*) FILTER (WHERE answered IS NULL)::int AS open,
              count(*) FILTER (WHERE answered - created_at <= interval '4 hours')::int AS fast FROM q`,
    );
    expect(q.open).toBeGreaterThan(0);
    expect(q.fast).toBeGreaterThan(q.total * 0.4);
  });

  it('keeps comment_count right', async () => {
    expect(
      await one(
        t.db,
        `SELECT count(*)::int AS n FROM post p WHERE comment_count <> (SELECT count(*) FROM comment c WHERE c.post_id = p.id AND c.deleted_at IS NULL)`,
      ),
    ).toEqual({ n: 0 });
  });

  it('only has members post, comment and react in PRIVATE and SECRET spaces, and members post anywhere', async () => {
    const notMember = (user: string, at: string) =>
      `NOT EXISTS (SELECT 1 FROM membership m WHERE m.space_id = s.id AND m.user_id = ${user} AND m.created_at <= ${at})`;
    const { n } = await one(
      t.db,
      `SELECT (SELECT count(*) FROM post p JOIN space s ON s.id = p.space_id WHERE ${notMember('p.author_id', 'p.created_at')})
            + (SELECT count(*) FROM comment c JOIN post p ON p.id = c.post_id JOIN space s ON s.id = p.space_id
                WHERE s.visibility <> 'PUBLIC' AND ${notMember('c.author_id', 'c.created_at')})
            + (SELECT count(*) FROM reaction r LEFT JOIN comment c ON c.id = r.target_id JOIN post p ON p.id = coalesce(c.post_id, r.target_id)
                 JOIN space s ON s.id = p.space_id WHERE s.visibility <> 'PUBLIC' AND ${notMember('r.user_id', 'r.created_at')}) AS n`,
    );
    expect(Number(n)).toBe(0);
    const announcers = await one(
      t.db,
      `SELECT count(*)::int AS n FROM post p JOIN app_user u ON u.id = p.author_id
        WHERE (p.kind = 'ANNOUNCEMENT' OR p.pinned)
          AND NOT (p.space_id IS NULL AND u.role = 'ADMIN')
          AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.space_id = p.space_id AND m.user_id = p.author_id AND m.role IN ('OWNER', 'MODERATOR'))`,
    );
    expect(announcers).toEqual({ n: 0 });
  });

  it('logs every seeded action in the activity log, with the content’s timestamps and the API’s shapes', async () => {
    const missing = await one(
      t.db,
      `SELECT
         (SELECT count(*) FROM post p WHERE NOT EXISTS (SELECT 1 FROM activity a WHERE a.verb = 'post' AND a.target_id = p.id AND a.thread_id = p.id
            AND a.target_author_id = p.author_id AND a.occurred_at = p.created_at AND a.space_id IS NOT DISTINCT FROM p.space_id AND a.meta->>'kind' = lower(p.kind)))::int AS posts,
         (SELECT count(*) FROM comment c JOIN post p ON p.id = c.post_id LEFT JOIN comment pc ON pc.id = c.parent_id
           WHERE NOT EXISTS (SELECT 1 FROM activity a WHERE a.verb = 'comment' AND a.meta->>'commentId' = c.id::text AND a.occurred_at = c.created_at
            AND a.thread_id = p.id AND a.target_id = coalesce(c.parent_id, p.id) AND a.target_author_id = coalesce(pc.author_id, p.author_id)))::int AS comments,
         (SELECT count(*) FROM reaction r WHERE NOT EXISTS (SELECT 1 FROM activity a WHERE a.verb = 'react' AND a.actor_id = r.user_id AND a.target_id = r.target_id
            AND a.occurred_at = r.created_at AND a.target_type = lower(r.target_type) AND a.meta->>'reaction' = lower(r.type)))::int AS reactions,
         (SELECT count(*) FROM follow f WHERE NOT EXISTS (SELECT 1 FROM activity a WHERE a.verb = 'follow' AND a.actor_id = f.follower_id
            AND a.target_id = coalesce(f.target_user_id, f.target_space_id) AND a.occurred_at = f.created_at))::int AS follows,
         (SELECT count(*) FROM membership m WHERE NOT EXISTS (SELECT 1 FROM activity a WHERE a.verb IN ('join', 'add_member', 'create_space')
            AND a.space_id = m.space_id AND a.occurred_at = m.created_at AND (a.actor_id = m.user_id OR a.target_id = m.user_id)))::int AS memberships,
         (SELECT count(*) FROM activity WHERE occurred_on <> (occurred_at AT TIME ZONE 'Europe/Paris')::date OR actor_kind <> 'human')::int AS shapes`,
    );
    expect(missing).toEqual({ posts: 0, comments: 0, reactions: 0, follows: 0, memberships: 0, shapes: 0 });
    const verbs = (await t.db.query(`SELECT DISTINCT verb FROM activity`)) as { verb: string }[];
    expect(verbs.map((v) => v.verb)).toEqual(
      expect.arrayContaining(['post', 'comment', 'react', 'join', 'follow', 'create_space', 'visit']),
    );
    const unvisited = await one(
      t.db,
      `SELECT count(*)::int AS n FROM (SELECT actor_id, occurred_on FROM activity WHERE verb <> 'visit' EXCEPT SELECT actor_id, occurred_on FROM activity WHERE verb = 'visit') x`,
    );
    expect(unvisited).toEqual({ n: 0 });
  });

  it('seeds once when two processes start together, and the same now gives the same organisation', async () => {
    const name = `t_${randomBytes(6).toString('hex')}`;
    const url = await createDatabaseFromTemplate(name);
    const [a, b] = [
      new DataSource({ ...dataSourceOptions(url), migrationsRun: false }),
      new DataSource({ ...dataSourceOptions(url), migrationsRun: false }),
    ];
    await Promise.all([a.initialize(), b.initialize()]);
    try {
      const results = await Promise.all([seedDemoOrganisation(a, { now: NOW }), seedDemoOrganisation(b, { now: NOW })]);
      expect(results.sort()).toEqual([false, true]);
      expect(await counts(a)).toEqual(await counts(t.db));
      const story = (db: DataSource) =>
        db.query(
          `SELECT p.body, p.created_at, u.handle, s.slug FROM post p JOIN app_user u ON u.id = p.author_id LEFT JOIN space s ON s.id = p.space_id ORDER BY p.created_at, p.id`,
        );
      expect(await story(a)).toEqual(await story(t.db));
      const comments = (db: DataSource) => db.query(`SELECT body, created_at FROM comment ORDER BY created_at, body`);
      expect(await comments(a)).toEqual(await comments(t.db));
      const log = (db: DataSource) => db.query(`SELECT verb, occurred_at, occurred_on FROM activity ORDER BY id`);
      expect(await log(a)).toEqual(await log(t.db));
      const effects = (db: DataSource) =>
        db.query(
          `SELECT u.handle, n.kind, n.count, n.read_at, n.created_at, n.updated_at FROM notification n JOIN app_user u ON u.id = n.recipient_id
            ORDER BY n.created_at, u.handle, n.kind, n.updated_at`,
        );
      expect(await effects(a)).toEqual(await effects(t.db));
      const tags = (db: DataSource) =>
        db.query(`SELECT tag, created_at, (SELECT count(*) FROM post_hashtag WHERE hashtag_id = h.id) AS n FROM hashtag h ORDER BY tag`);
      expect(await tags(a)).toEqual(await tags(t.db));
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
      await dropDatabase(name);
    }
  }, 30_000);

  conversationEffectSpecs(() => t, NOW);

  it('does nothing when people already exist', async () => {
    const before = await counts(t.db);
    expect(await seedDemoOrganisation(t.db, { now: new Date() })).toBe(false);
    expect(await counts(t.db)).toEqual(before);
  });

  it('lets alice log in with the demo password, and shows bob a home feed but not the secret project', async () => {
    const alice = ok(await t.gql(LOGIN, { email: 'alice@demo.chantier.test', password: DEMO_PASSWORD })).login;
    expect(alice.user).toEqual({ handle: 'alice', role: 'MEMBER', locale: 'en' });
    const bob = ok(await t.gql(LOGIN, { email: 'bob@demo.chantier.test', password: DEMO_PASSWORD })).login;
    const feed = ok(await t.gql(`{ homeFeed(first: 5) { edges { node { id body } } } }`, {}, bob.token)).homeFeed;
    expect(feed.edges).toHaveLength(5);
    const secret = await one(t.db, `SELECT p.id FROM post p JOIN space s ON s.id = p.space_id WHERE s.slug = $1 LIMIT 1`, [
      DEMO_SECRET_SPACE_SLUG,
    ]);
    expectError(await t.gql(`query($id: ID!) { post(id: $id) { id } }`, { id: secret.id }, bob.token), 'NOT_FOUND');
  });
});
