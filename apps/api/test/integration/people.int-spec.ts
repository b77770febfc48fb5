import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestUser } from '../factories/factories.js';
import { expectError, ok } from '../gql-client.js';
import { startTestApp, type TestApp } from '../test-app.js';
import { connectionPages, CREATE_USER, provisionUser } from './people-spaces-helpers.js';

const USERS = `query($query: String, $first: Int, $after: String) { users(query: $query, first: $first, after: $after) { edges { node { id displayName } } pageInfo { hasNextPage endCursor } } }`;

describe('people', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.f.user({ role: 'ADMIN' });
  });
  afterAll(() => t.close());

  const provision = (overrides: Record<string, unknown> = {}) => provisionUser(t, admin, overrides);

  const pages = (query: string, field: string, variables: Record<string, unknown>, token: string, first: number) =>
    connectionPages(t, query, field, variables, token, first);

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
