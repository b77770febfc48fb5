import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestSpace, TestUser } from '../factories/factories.js';
import { expectError, expectFieldError, ok } from '../gql-client.js';
import { startTestApp, type TestApp } from '../test-app.js';

/*
 * Bad input to the people and spaces mutations: a typed error naming the field, and nothing written.
 * (Lists, cursors, ids, bodies and malformed GraphQL: bad-input.int-spec.ts.)
 */

describe('bad input to people and spaces', () => {
  let t: TestApp;
  let owner: TestUser;
  let admin: TestUser;
  let space: TestSpace;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await t.f.user();
    admin = await t.f.user({ role: 'ADMIN' });
    space = await t.f.space({ members: [{ user: owner, role: 'OWNER' }] });
  });
  afterAll(() => t.close());

  describe('createSpace and updateSpace', () => {
    const CREATE = `mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }`;
    const project = (fields: Record<string, unknown>) => ({
      name: 'Renewal',
      kind: 'PROJECT',
      visibility: 'PUBLIC',
      project: { customer: 'ACME', ...fields },
    });
    const CASES: [string, Record<string, unknown>, string, string, string][] = [
      [
        'a PROJECT space without its project',
        { name: 'P', kind: 'PROJECT', visibility: 'PUBLIC' },
        'BAD_USER_INPUT',
        'PROJECT_REQUIRED',
        'project',
      ],
      [
        'a GROUP space with a project',
        { name: 'G', kind: 'GROUP', visibility: 'PUBLIC', project: { customer: 'ACME' } },
        'BAD_USER_INPUT',
        'PROJECT_NOT_ALLOWED',
        'project',
      ],
      ['a currency that is not an ISO code', project({ currency: 'EURO' }), 'BAD_USER_INPUT', 'INVALID_PROJECT', 'project.currency'],
      ['a currency symbol', project({ currency: '€' }), 'BAD_USER_INPUT', 'INVALID_PROJECT', 'project.currency'],
      ['a start date in another format', project({ startDate: '01/02/2025' }), 'BAD_USER_INPUT', 'INVALID_PROJECT', 'project.startDate'],
      ['an end date in month 13', project({ endDate: '2025-13-01' }), 'BAD_USER_INPUT', 'INVALID_PROJECT', 'project.endDate'],
      ['a date that does not exist', project({ startDate: '2025-02-30' }), 'BAD_USER_INPUT', 'INVALID_PROJECT', 'project.startDate'],
      [
        'an end date before the start date',
        project({ startDate: '2025-06-01', endDate: '2025-05-31' }),
        'BAD_USER_INPUT',
        'INVALID_PROJECT',
        'project.endDate',
      ],
      [
        'an external key without a system',
        project({ externalKey: 'OPP-1042' }),
        'BAD_USER_INPUT',
        'INVALID_PROJECT',
        'project.externalKey',
      ],
      ['an external key with spaces', project({ externalKey: 'crm:OPP 1042' }), 'BAD_USER_INPUT', 'INVALID_PROJECT', 'project.externalKey'],
      ['a negative target value', project({ targetValue: -5 }), 'BAD_USER_INPUT', 'INVALID_PROJECT', 'project.targetValue'],
      ['an empty name', { name: '  ', kind: 'GROUP', visibility: 'PUBLIC' }, 'BAD_USER_INPUT', 'NAME_REQUIRED', 'name'],
      [
        'a name over 120 characters',
        { name: 'n'.repeat(121), kind: 'GROUP', visibility: 'PUBLIC' },
        'BAD_USER_INPUT',
        'NAME_TOO_LONG',
        'name',
      ],
    ];

    it.each(CASES)('createSpace refuses %s', async (_, input, code, reason, field) => {
      expectFieldError(await t.gql(CREATE, { input }, owner.token), code, reason, field);
    });

    it('createSpace refuses an external key another project space uses, with CONFLICT', async () => {
      const key = `crm:OPP-${randomUUID()}`;
      ok(await t.gql(CREATE, { input: project({ externalKey: key }) }, owner.token));
      expectFieldError(
        await t.gql(CREATE, { input: project({ externalKey: key }) }, owner.token),
        'CONFLICT',
        'EXTERNAL_KEY_TAKEN',
        'project.externalKey',
      );
    });

    it('updateSpace refuses a project on a GROUP space', async () => {
      const res = await t.gql(
        `mutation($id: ID!) { updateSpace(id: $id, input: { project: { customer: "ACME" } }) { id } }`,
        { id: space.id },
        owner.token,
      );
      expectFieldError(res, 'BAD_USER_INPUT', 'PROJECT_NOT_ALLOWED', 'project');
    });
  });

  describe('createUser', () => {
    const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
    const valid = () => ({ email: `new-${randomUUID()}@example.test`, displayName: 'New Person', password: 'a long enough password' });

    it('is for ADMINs only', async () => {
      expectError(await t.gql(CREATE, { input: valid() }, owner.token), 'FORBIDDEN', 'ADMIN_ONLY');
    });

    it.each<[string, Record<string, unknown>, string, string, string]>([
      ['an address without a domain', { email: 'someone' }, 'BAD_USER_INPUT', 'INVALID_EMAIL', 'email'],
      ['an address with two @', { email: 'a@@example.test' }, 'BAD_USER_INPUT', 'INVALID_EMAIL', 'email'],
      ['an address with a space', { email: 'an one@example.test' }, 'BAD_USER_INPUT', 'INVALID_EMAIL', 'email'],
      ['a 9-character password', { password: '123456789' }, 'BAD_USER_INPUT', 'PASSWORD_TOO_SHORT', 'password'],
      ['an unknown department', { departmentId: randomUUID() }, 'NOT_FOUND', 'DEPARTMENT_NOT_FOUND', 'departmentId'],
      ['an unsupported locale', { locale: 'de' }, 'BAD_USER_INPUT', 'INVALID_LOCALE', 'locale'],
      ['an empty display name', { displayName: ' ' }, 'BAD_USER_INPUT', 'NAME_REQUIRED', 'displayName'],
    ])('refuses %s', async (_, override, code, reason, field) => {
      expectFieldError(await t.gql(CREATE, { input: { ...valid(), ...override } }, admin.token), code, reason, field);
    });

    it('refuses an e-mail someone already has, whatever its case, with CONFLICT', async () => {
      const input = valid();
      ok(await t.gql(CREATE, { input }, admin.token));
      expectFieldError(
        await t.gql(CREATE, { input: { ...valid(), email: input.email.toUpperCase() } }, admin.token),
        'CONFLICT',
        'EMAIL_TAKEN',
        'email',
      );
    });
  });

  describe('memberships', () => {
    const JOIN = `mutation($id: ID!) { joinSpace(spaceId: $id) { id } }`;
    const LEAVE = `mutation($id: ID!) { leaveSpace(spaceId: $id) }`;

    it('joinSpace refuses a PRIVATE space with FORBIDDEN', async () => {
      const closed = await t.f.space({ visibility: 'PRIVATE' });
      expectError(await t.gql(JOIN, { id: closed.id }, (await t.f.user()).token), 'FORBIDDEN', 'SPACE_NOT_JOINABLE');
    });

    it('joinSpace twice answers CONFLICT the second time', async () => {
      const open = await t.f.space();
      const user = await t.f.user();
      ok(await t.gql(JOIN, { id: open.id }, user.token));
      expectError(await t.gql(JOIN, { id: open.id }, user.token), 'CONFLICT', 'ALREADY_MEMBER');
    });

    it('refuses to let the last owner leave, and keeps the membership', async () => {
      const sole = await t.f.user();
      const kept = await t.f.space({ members: [{ user: sole, role: 'OWNER' }, { user: await t.f.user() }] });
      expectError(await t.gql(LEAVE, { id: kept.id }, sole.token), 'CONFLICT', 'LAST_OWNER');
      expect(await t.db.query(`SELECT role FROM membership WHERE space_id = $1 AND user_id = $2`, [kept.id, sole.id])).toEqual([
        { role: 'OWNER' },
      ]);
    });

    it('refuses to demote the last owner', async () => {
      const sole = await t.f.user();
      const kept = await t.f.space({ members: [{ user: sole, role: 'OWNER' }] });
      const res = await t.gql(
        `mutation($s: ID!, $u: ID!) { addMember(spaceId: $s, userId: $u, role: MEMBER) { id } }`,
        { s: kept.id, u: sole.id },
        sole.token,
      );
      expectError(res, 'CONFLICT', 'LAST_OWNER');
    });
  });
});
