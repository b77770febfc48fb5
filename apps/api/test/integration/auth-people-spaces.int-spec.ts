import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { TEST_PASSWORD, type TestSpace, type TestUser } from '../factories/factories.js';
import { expectError, type GqlResponse, ok } from '../gql-client.js';
import { startTestApp, type TestApp } from '../test-app.js';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email handle } } }`;
const ME = `{ me { id email handle displayName title role locale active department { id name } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email handle displayName title role locale department { id name } } }`;
const USERS = `query($query: String, $first: Int, $after: String) { users(query: $query, first: $first, after: $after) { edges { node { id displayName } } pageInfo { hasNextPage endCursor } } }`;
const SPACE_FIELDS = `id slug name kind visibility description memberCount viewerRole viewerFollows
  project { id externalKey customer status goal targetValue currency outcomeValue startDate endDate }`;
const CREATE_SPACE = `mutation($input: CreateSpaceInput!) { createSpace(input: $input) { ${SPACE_FIELDS} } }`;
const UPDATE_SPACE = `mutation($id: ID!, $input: UpdateSpaceInput!) { updateSpace(id: $id, input: $input) { ${SPACE_FIELDS} } }`;
const SPACE = `query($id: ID!) { space(id: $id) { ${SPACE_FIELDS} members { edges { node { role user { id } } } } } }`;
const SPACES = `query($filter: SpaceFilter, $first: Int, $after: String) { spaces(filter: $filter, first: $first, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
const JOIN = `mutation($id: ID!) { joinSpace(spaceId: $id) { id memberCount viewerRole } }`;
const LEAVE = `mutation($id: ID!) { leaveSpace(spaceId: $id) }`;
const ADD_MEMBER = `mutation($s: ID!, $u: ID!, $role: SpaceRole!) { addMember(spaceId: $s, userId: $u, role: $role) { id memberCount } }`;
const REMOVE_MEMBER = `mutation($s: ID!, $u: ID!) { removeMember(spaceId: $s, userId: $u) { id memberCount } }`;
const FOLLOW = `mutation($id: ID!) { follow(targetId: $id) }`;
const UNFOLLOW = `mutation($id: ID!) { unfollow(targetId: $id) }`;

type Connection<N = { id: string }> = { edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

describe('auth, people and spaces', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.f.user({ role: 'ADMIN' });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) => t.gql(LOGIN, { email, password });
  const provision = async (overrides: Record<string, unknown> = {}) =>
    ok(
      await t.gql(
        CREATE_USER,
        {
          input: {
            email: `person-${randomUUID()}@example.test`,
            displayName: 'Provisioned Person',
            password: 'a good long password',
            ...overrides,
          },
        },
        admin.token,
      ),
    ).createUser as { id: string; email: string; handle: string };

  /** Every page of a connection, by `first`. */
  const pages = async (
    query: string,
    field: string,
    variables: Record<string, unknown>,
    token: string,
    first: number,
  ): Promise<string[][]> => {
    const result: string[][] = [];
    let after: string | null = null;
    do {
      const connection: Connection = ok(await t.gql(query, { ...variables, first, after }, token))[field];
      result.push(connection.edges.map((e) => e.node.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    return result;
  };

  describe('login', () => {
    it('signs in with the password given to createUser, stored as an argon2id hash', async () => {
      const person = await provision({ password: 'the right password' });
      const [{ password_hash: hash }] = await t.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [person.id]);
      expect(hash).toMatch(/^\$argon2id\$/);
      const payload = ok(await login(person.email.toUpperCase(), 'the right password')).login;
      expect(payload.user).toEqual({ id: person.id, email: person.email, handle: person.handle });
      expect(ok(await t.gql(ME, {}, payload.token)).me.id).toBe(person.id);
    });

    it('answers a wrong password and an unknown e-mail with the very same error', async () => {
      const person = await provision();
      const wrongPassword = await login(person.email, 'not the password');
      const unknownEmail = await login(`nobody-${randomUUID()}@example.test`, 'not the password');
      expectError(wrongPassword, 'UNAUTHENTICATED', 'INVALID_CREDENTIALS');
      expect(unknownEmail).toEqual(wrongPassword);
    });

    it('refuses further attempts after 10 failures, even with the right password, for that e-mail only', async () => {
      const person = await t.f.user();
      for (let i = 0; i < 10; i += 1) expectError(await login(person.email, `guess ${i}`), 'UNAUTHENTICATED', 'INVALID_CREDENTIALS');
      expectError(await login(person.email, TEST_PASSWORD), 'RATE_LIMITED', 'TOO_MANY_ATTEMPTS');
      ok(await login((await t.f.user()).email, TEST_PASSWORD));
    });

    it('refuses an inactive account exactly like a wrong password', async () => {
      const inactive = await t.f.user({ active: false });
      const refused = await login(inactive.email, TEST_PASSWORD);
      expectError(refused, 'UNAUTHENTICATED', 'INVALID_CREDENTIALS');
      expect(refused).toEqual(await login(inactive.email, 'not the password'));
    });

    it('stops accepting the token of an account once it is deactivated', async () => {
      const person = await t.f.user();
      ok(await t.gql(ME, {}, person.token));
      await t.db.query(`UPDATE app_user SET active = false, deactivated_at = now() WHERE id = $1`, [person.id]);
      expectError(await t.gql(ME, {}, person.token), 'UNAUTHENTICATED', 'ACCOUNT_INACTIVE');
      expectError(await t.gql(`{ homeFeed { edges { cursor } } }`, {}, person.token), 'UNAUTHENTICATED', 'ACCOUNT_INACTIVE');
    });
  });

  describe('people', () => {
    it('me returns the signed-in user with their department', async () => {
      const department = await t.f.department();
      const person = await t.f.user({ departmentId: department.id, displayName: 'Ada Lovelace' });
      expect(ok(await t.gql(ME, {}, person.token)).me).toEqual({
        id: person.id,
        email: person.email,
        handle: person.handle,
        displayName: 'Ada Lovelace',
        title: null,
        role: 'MEMBER',
        locale: 'en',
        active: true,
        department,
      });
    });

    it('answers CONFLICT, never an internal error, when the same e-mail is created twice at the same moment', async () => {
      const email = `race.${randomUUID().slice(0, 8)}@example.test`;
      const input = { email, displayName: 'Racing Person', password: 'a good long password', role: 'MEMBER', locale: 'en' };
      const results = await Promise.all(Array.from({ length: 5 }, () => t.gql(CREATE_USER, { input }, admin.token)));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const failed of results.filter((r) => r.errors)) expectError(failed, 'CONFLICT', 'EMAIL_TAKEN');
    });

    it('an ADMIN creates a department, then a person in it', async () => {
      const name = `Finance ${randomUUID()}`;
      const department = ok(
        await t.gql(`mutation($name: String!) { createDepartment(name: $name) { id name memberCount } }`, { name }, admin.token),
      ).createDepartment;
      expect(department).toEqual({ id: expect.any(String), name, memberCount: 0 });
      const email = `grace.${randomUUID().slice(0, 8)}@example.test`;
      const input = {
        email: ` ${email.toUpperCase()} `,
        displayName: 'Grace Hopper',
        password: 'a good long password',
        role: 'ANALYST',
        departmentId: department.id,
        title: 'Controller',
        locale: 'fr',
      };
      expect(ok(await t.gql(CREATE_USER, { input }, admin.token)).createUser).toEqual({
        id: expect.any(String),
        email,
        handle: email.split('@')[0],
        displayName: 'Grace Hopper',
        title: 'Controller',
        role: 'ANALYST',
        locale: 'fr',
        department: { id: department.id, name },
      });
      const departments = ok(await t.gql(`{ departments { id memberCount } }`, {}, admin.token)).departments;
      expect(departments).toContainEqual({ id: department.id, memberCount: 1 });
    });

    it('refuses a second department with the same name, in another case, with CONFLICT', async () => {
      const CREATE = `mutation($name: String!) { createDepartment(name: $name) { id } }`;
      const name = `Legal ${randomUUID()}`;
      ok(await t.gql(CREATE, { name }, admin.token));
      expectError(await t.gql(CREATE, { name: name.toUpperCase() }, admin.token), 'CONFLICT', 'DEPARTMENT_EXISTS');
    });

    it('refuses createDepartment to a non-admin', async () => {
      expectError(
        await t.gql(`mutation { createDepartment(name: "Shadow IT") { id } }`, {}, (await t.f.user()).token),
        'FORBIDDEN',
        'ADMIN_ONLY',
      );
    });

    it('gives colliding handles a numeric suffix', async () => {
      const local = `jane.doe.${randomUUID().slice(0, 8)}`;
      const handles = [];
      for (const email of [`${local}@one.test`, `${local}@two.test`, `${local.toUpperCase()}+news@three.test`])
        handles.push((await provision({ email })).handle);
      expect(handles).toEqual([local, `${local}2`, `${local}3`]);
    });

    // [attribute, the fields of the n-th matching person, the query that finds them]
    it.each([
      ['display name', (tag: string) => ({ displayName: `Zed ${tag}` }), (tag: string) => `zed ${tag}`],
      ['handle', (tag: string, n: number) => ({ email: `h${tag}@d${n}.test` }), (tag: string) => `h${tag}`],
      ['e-mail domain', (tag: string, n: number) => ({ email: `p${n}@${tag}.test` }), (tag: string) => `${tag}.test`],
      ['title', (tag: string) => ({ title: `Head of ${tag}` }), (tag: string) => `of ${tag}`],
    ])('users finds people by %s, never inactive ones', async (_, fields, query) => {
      const tag = randomUUID().slice(0, 8);
      const found = await provision(fields(tag, 1));
      const gone = await provision(fields(tag, 2));
      await t.db.query(`UPDATE app_user SET active = false WHERE id = $1`, [gone.id]);
      const ids = (await pages(USERS, 'users', { query: query(tag) }, admin.token, 20)).flat();
      expect(ids).toEqual([found.id]);
    });

    it('pages users by name with no duplicate or gap, whatever the case mapping of their initials (İlker, Élodie)', async () => {
      const tag = randomUUID().slice(0, 8);
      // Sorted as the database lower-cases them, İlker ends the first page; Ivan, right after it, must not be skipped.
      const names = ['İlker', 'Ivan', 'Ève', 'anne', 'Zoé', 'Élodie', 'Bob', 'ÖMER', 'Jean'];
      const ids = new Map<string, string>();
      for (const name of names) ids.set((await provision({ displayName: `${name} ${tag}` })).id, name);
      const byPage = await pages(USERS, 'users', { query: tag }, admin.token, 3);
      expect(byPage.map((p) => p.length)).toEqual([3, 3, 3]);
      expect(new Set(byPage.flat())).toEqual(new Set(ids.keys()));
      expect(byPage.flat()).toEqual((await pages(USERS, 'users', { query: tag }, admin.token, 100)).flat());
    });
  });

  describe('spaces', () => {
    const project = {
      externalKey: 'crm:OPP-1042',
      customer: 'ACME',
      status: 'ACTIVE',
      goal: 'Renew for 3 years',
      targetValue: 125000.5,
      currency: 'eur',
      outcomeValue: 0,
      startDate: '2025-01-15',
      endDate: '2025-12-31',
    };

    it('creates a PROJECT space with its project panel, the creator as owner', async () => {
      const owner = await t.f.user();
      const key = `crm:OPP-${randomUUID()}`;
      const space = ok(
        await t.gql(
          CREATE_SPACE,
          {
            input: {
              name: 'ACME Renewal 2025',
              kind: 'PROJECT',
              visibility: 'PRIVATE',
              description: ' The deal ',
              project: { ...project, externalKey: key },
            },
          },
          owner.token,
        ),
      ).createSpace;
      expect(space).toEqual({
        id: expect.any(String),
        slug: 'acme-renewal-2025',
        name: 'ACME Renewal 2025',
        kind: 'PROJECT',
        visibility: 'PRIVATE',
        description: 'The deal',
        memberCount: 1,
        viewerRole: 'OWNER',
        viewerFollows: false,
        project: { ...project, id: expect.any(String), externalKey: key, currency: 'EUR' },
      });
      const again = ok(
        await t.gql(CREATE_SPACE, { input: { name: 'ACME Renewal 2025', kind: 'GROUP', visibility: 'PUBLIC' } }, owner.token),
      ).createSpace;
      expect(again.slug).toBe('acme-renewal-2025-2');
    });

    it('lets an owner update the space and its project, returning amounts as numbers and dates as YYYY-MM-DD', async () => {
      const owner = await t.f.user();
      const space = ok(
        await t.gql(
          CREATE_SPACE,
          { input: { name: 'Bid', kind: 'PROJECT', visibility: 'PUBLIC', project: { customer: 'Globex' } } },
          owner.token,
        ),
      ).createSpace;
      const changes = {
        name: 'Bid (won)',
        description: 'Signed',
        project: {
          customer: 'Globex',
          status: 'WON',
          targetValue: 99.999,
          outcomeValue: 1234567.89,
          currency: 'USD',
          startDate: '2024-02-29',
          endDate: '2025-02-28',
        },
      };
      const updated = ok(await t.gql(UPDATE_SPACE, { id: space.id, input: changes }, owner.token)).updateSpace;
      expect(updated).toMatchObject({
        name: 'Bid (won)',
        description: 'Signed',
        project: {
          status: 'WON',
          targetValue: 100,
          outcomeValue: 1234567.89,
          currency: 'USD',
          startDate: '2024-02-29',
          endDate: '2025-02-28',
        },
      });
      expect(typeof updated.project.outcomeValue).toBe('number');
    });

    it.each(['MEMBER', 'MODERATOR'] as const)('refuses updateSpace to a %s who is not an owner', async (role) => {
      const [owner, other] = [await t.f.user(), await t.f.user()];
      const space = await t.f.space({
        members: [
          { user: owner, role: 'OWNER' },
          { user: other, role },
        ],
      });
      expectError(await t.gql(UPDATE_SPACE, { id: space.id, input: { name: 'Mine now' } }, other.token), 'FORBIDDEN', 'NOT_SPACE_OWNER');
    });

    it('pages spaces by name with no duplicate or gap, whatever the case mapping of their initials (İstanbul, Îles)', async () => {
      const tag = randomUUID().slice(0, 8);
      const made = [];
      // İstanbul ends the first page; Ivry, right after it, must not be skipped.
      for (const name of ['Îles', 'Ateliers', 'Équipe', 'İstanbul', 'Ivry', 'zéro', 'Berlin', 'Ølstue'])
        made.push(await t.f.space({ name: `${name} ${tag}` }));
      const byPage = await pages(SPACES, 'spaces', { filter: { query: tag } }, admin.token, 3);
      expect(byPage.map((p) => p.length)).toEqual([3, 3, 2]);
      expect(new Set(byPage.flat())).toEqual(new Set(made.map((s) => s.id)));
    });

    it('pages Space.members by role then name with no duplicate or gap (İlker, Ivan)', async () => {
      const owner = await t.f.user({ displayName: 'Zelda Owner' });
      const members: { user: TestUser }[] = [];
      for (const name of ['Bob', 'İlker', 'Ivan', 'Jean', 'Élodie']) members.push({ user: await t.f.user({ displayName: name }) });
      const space = await t.f.space({ members: [{ user: owner, role: 'OWNER' }, ...members] });
      const MEMBERS = `query($id: ID!, $first: Int, $after: String) { space(id: $id) { members(first: $first, after: $after) { edges { node { user { id } } } pageInfo { hasNextPage endCursor } } } }`;
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const connection: Connection<{ user: { id: string } }> = ok(await t.gql(MEMBERS, { id: space.id, first: 3, after }, owner.token))
          .space.members;
        ids.push(...connection.edges.map((e) => e.node.user.id));
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      } while (after);
      expect(ids).toEqual([owner.id, ...[0, 1, 2, 3, 4].map((i) => members[i]!.user.id)]);
    });

    it('joins a PUBLIC space and leaves it', async () => {
      const [owner, joiner] = [await t.f.user(), await t.f.user()];
      const space = await t.f.space({ members: [{ user: owner, role: 'OWNER' }] });
      expect(ok(await t.gql(JOIN, { id: space.id }, joiner.token)).joinSpace).toEqual({
        id: space.id,
        memberCount: 2,
        viewerRole: 'MEMBER',
      });
      expect(ok(await t.gql(SPACES, { filter: { mine: true } }, joiner.token)).spaces.edges.map((e: any) => e.node.id)).toEqual([space.id]);
      expect(ok(await t.gql(LEAVE, { id: space.id }, joiner.token)).leaveSpace).toBe(true);
      expect(ok(await t.gql(SPACE, { id: space.id }, joiner.token)).space).toMatchObject({ memberCount: 1, viewerRole: null });
    });

    it('lets a moderator add and remove members, with their role', async () => {
      const [moderator, newcomer] = [await t.f.user(), await t.f.user()];
      const space = await t.f.space({ visibility: 'PRIVATE', members: [{ user: moderator, role: 'MODERATOR' }] });
      expect(ok(await t.gql(ADD_MEMBER, { s: space.id, u: newcomer.id, role: 'MODERATOR' }, moderator.token)).addMember.memberCount).toBe(
        2,
      );
      expect(ok(await t.gql(SPACE, { id: space.id }, newcomer.token)).space).toMatchObject({ viewerRole: 'MODERATOR' });
      expect(ok(await t.gql(REMOVE_MEMBER, { s: space.id, u: newcomer.id }, moderator.token)).removeMember.memberCount).toBe(1);
      expect(await t.db.query(`SELECT 1 FROM membership WHERE space_id = $1 AND user_id = $2`, [space.id, newcomer.id])).toEqual([]);
    });

    it.each([
      ['add', ADD_MEMBER],
      ['remove', REMOVE_MEMBER],
    ])('refuses to let a plain member %s members', async (_, mutation) => {
      const [member, other] = [await t.f.user(), await t.f.user()];
      const space = await t.f.space({ members: [{ user: member }, { user: other }] });
      expectError(await t.gql(mutation, { s: space.id, u: other.id, role: 'MEMBER' }, member.token), 'FORBIDDEN', 'NOT_MODERATOR');
    });
  });

  describe('follows', () => {
    const viewerFollows = async (viewer: TestUser, target: { user: TestUser } | { space: TestSpace }): Promise<boolean> =>
      'user' in target
        ? ok(await t.gql(`query($id: ID!) { user(id: $id) { viewerFollows } }`, { id: target.user.id }, viewer.token)).user.viewerFollows
        : ok(await t.gql(`query($id: ID!) { space(id: $id) { viewerFollows } }`, { id: target.space.id }, viewer.token)).space
            .viewerFollows;

    it.each([
      ['a person', async () => ({ user: await t.f.user() })],
      ['a space', async () => ({ space: await t.f.space() })],
    ] as const)('follows and unfollows %s, shown by viewerFollows, following twice being harmless', async (_, target) => {
      const viewer = await t.f.user();
      const followed: { user: TestUser } | { space: TestSpace } = await target();
      const id = 'user' in followed ? followed.user.id : followed.space.id;
      expect(await viewerFollows(viewer, followed)).toBe(false);
      expect(ok(await t.gql(FOLLOW, { id }, viewer.token)).follow).toBe(true);
      expect(ok(await t.gql(FOLLOW, { id }, viewer.token)).follow).toBe(true);
      expect(await viewerFollows(viewer, followed)).toBe(true);
      expect(await t.db.query(`SELECT verb FROM activity WHERE actor_id = $1 AND verb = 'follow'`, [viewer.id])).toHaveLength(1);
      expect(ok(await t.gql(UNFOLLOW, { id }, viewer.token)).unfollow).toBe(true);
      expect(await viewerFollows(viewer, followed)).toBe(false);
    });

    it('refuses to follow oneself', async () => {
      const viewer = await t.f.user();
      expectError(await t.gql(FOLLOW, { id: viewer.id }, viewer.token), 'BAD_USER_INPUT', 'CANNOT_FOLLOW_SELF');
    });
  });

  describe('activity log', () => {
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
          act: (actor, c) =>
            t.gql(UPDATE_SPACE, { id: c.space.id, input: { project: { customer: 'Initech', status: 'WON' } } }, actor.token),
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
});
