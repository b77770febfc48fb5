import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { expectError } from '../../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

describe('GraphQL request limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses more than 15 aliases with BAD_USER_INPUT before running anything', async () => {
    const user = await t.f.user();
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    expectError(await t.gql(`{ ${aliases} }`, {}, user.token), 'BAD_USER_INPUT');
  });

  it('accepts a normal feed query', async () => {
    const user = await t.f.user();
    const res = await t.gql(
      `{ homeFeed(first: 20) { edges { node { id author { id } comments(first: 5) { edges { node { id } } } } } } }`,
      {},
      user.token,
    );
    expect(res.errors).toBeUndefined();
  });

  it('refuses batched HTTP requests', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ message: 'Operation batching disabled.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
