import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { TEST_PASSWORD, type TestUser } from '../factories/factories.js';
import { expectError, ok } from '../gql-client.js';
import { startTestApp, type TestApp } from '../test-app.js';
import { provisionUser } from './people-spaces-helpers.js';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email handle } } }`;
const ME = `{ me { id email handle displayName title role locale active department { id name } } }`;

describe('auth', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.f.user({ role: 'ADMIN' });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) => t.gql(LOGIN, { email, password });
  const provision = (overrides: Record<string, unknown> = {}) => provisionUser(t, admin, overrides);

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

  describe('me', () => {
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
  });
});
