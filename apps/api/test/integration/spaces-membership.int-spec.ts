import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestSpace, TestUser } from '../factories/factories.js';
import { expectError, ok } from '../gql-client.js';
import { startTestApp, type TestApp } from '../test-app.js';
import {
  ADD_MEMBER,
  type Connection,
  connectionPages,
  CREATE_SPACE,
  FOLLOW,
  JOIN,
  LEAVE,
  REMOVE_MEMBER,
  SPACE_FIELDS,
  UNFOLLOW,
  UPDATE_SPACE,
} from './people-spaces-helpers.js';

const SPACE = `query($id: ID!) { space(id: $id) { ${SPACE_FIELDS} members { edges { node { role user { id } } } } } }`;
const SPACES = `query($filter: SpaceFilter, $first: Int, $after: String) { spaces(filter: $filter, first: $first, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;

describe('spaces and membership', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.f.user({ role: 'ADMIN' });
  });
  afterAll(() => t.close());

  const pages = (query: string, field: string, variables: Record<string, unknown>, token: string, first: number) =>
    connectionPages(t, query, field, variables, token, first);

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
});
