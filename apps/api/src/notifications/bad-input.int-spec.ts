import { afterAll, beforeAll, describe, it } from '@jest/globals';

import type { TestUser } from '../../test/factories/factories.js';
import { expectError } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { MARK_READ, NOTIFICATIONS } from './notifications.test-kit.js';

/*
 * Every new operation answers bad input with BAD_USER_INPUT and a reason, never a 500. Values
 * outside an enum are refused by GraphQL itself (reason BAD_USER_INPUT) before any resolver runs.
 */

const HASHTAG = `query($tag: String!) { hashtag(tag: $tag) { tag } }`;
const FEED = `query($tag: String!, $first: Int, $after: String) { hashtagFeed(tag: $tag, first: $first, after: $after) { edges { cursor } } }`;
const CANDIDATES = `query($query: String!, $spaceId: ID, $first: Int) { mentionCandidates(query: $query, spaceId: $spaceId, first: $first) { id } }`;
const UPDATE = `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { emailDigest } }`;
const ONE_ID = '00000000-0000-4000-8000-000000000000';
const FOREIGN_CURSOR = Buffer.from(JSON.stringify(['homeFeed', '2025-01-01 00:00:00+00', ONE_ID])).toString('base64url');

const CASES: readonly [label: string, query: string, variables: Record<string, unknown>, reason: string][] = [
  ['notifications with first = 0', NOTIFICATIONS, { first: 0 }, 'PAGE_SIZE_OUT_OF_RANGE'],
  ['notifications with first = 101', NOTIFICATIONS, { first: 101 }, 'PAGE_SIZE_OUT_OF_RANGE'],
  ['notifications after a garbage cursor', NOTIFICATIONS, { after: 'garbage' }, 'INVALID_CURSOR'],
  ['notifications after another list’s cursor', NOTIFICATIONS, { after: FOREIGN_CURSOR }, 'INVALID_CURSOR'],
  ['markNotificationsRead with a malformed id', MARK_READ, { ids: ['not-an-id'] }, 'INVALID_ID'],
  ['markNotificationsRead with SQL in an id', MARK_READ, { ids: ["'); DELETE FROM notification; --"] }, 'INVALID_ID'],
  ['markNotificationsRead with 501 ids', MARK_READ, { ids: Array.from({ length: 501 }, () => ONE_ID) }, 'TOO_MANY_IDS'],
  [
    'preferences naming a kind twice',
    UPDATE,
    {
      input: {
        inApp: [
          { kind: 'MENTION', enabled: true },
          { kind: 'MENTION', enabled: false },
        ],
      },
    },
    'DUPLICATE_KIND',
  ],
  ['preferences with an unknown kind', UPDATE, { input: { inApp: [{ kind: 'GOSSIP', enabled: true }] } }, 'BAD_USER_INPUT'],
  ['preferences with an unknown digest', UPDATE, { input: { emailDigest: 'HOURLY' } }, 'BAD_USER_INPUT'],
  ['hashtag of digits only', HASHTAG, { tag: '#2025' }, 'INVALID_HASHTAG'],
  ['hashtag that is empty', HASHTAG, { tag: '   ' }, 'INVALID_HASHTAG'],
  ['hashtag with a space', HASHTAG, { tag: 'two words' }, 'INVALID_HASHTAG'],
  ['hashtag of 1 000 characters', HASHTAG, { tag: 'a'.repeat(1_000) }, 'INVALID_HASHTAG'],
  ['hashtag with SQL', HASHTAG, { tag: "x' OR 1=1 --" }, 'INVALID_HASHTAG'],
  ['hashtagFeed of an invalid tag', FEED, { tag: '#' }, 'INVALID_HASHTAG'],
  ['hashtagFeed with first = 0', FEED, { tag: 'ok', first: 0 }, 'PAGE_SIZE_OUT_OF_RANGE'],
  ['hashtagFeed after a garbage cursor', FEED, { tag: 'ok', after: '!!' }, 'INVALID_CURSOR'],
  ['mentionCandidates with 101 characters', CANDIDATES, { query: 'b'.repeat(101) }, 'QUERY_TOO_LONG'],
  ['mentionCandidates with first = 0', CANDIDATES, { query: 'b', first: 0 }, 'PAGE_SIZE_OUT_OF_RANGE'],
  ['mentionCandidates with first = 101', CANDIDATES, { query: 'b', first: 101 }, 'PAGE_SIZE_OUT_OF_RANGE'],
];

describe('bad input to notifications, hashtags and mention candidates', () => {
  let t: TestApp;
  let alice: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    alice = await t.f.user();
  });
  afterAll(() => t.close());

  it.each(CASES)('refuses %s', async (_, query, variables, reason) => {
    expectError(await t.gql(query, variables, alice.token), 'BAD_USER_INPUT', reason);
  });

  it.each([
    ['an unknown space', { query: 'a', spaceId: ONE_ID }],
    ['a malformed space id', { query: 'a', spaceId: 'nope' }],
  ])('answers mentionCandidates in %s with SPACE_NOT_FOUND', async (_, variables) => {
    expectError(await t.gql(CANDIDATES, variables, alice.token), 'NOT_FOUND', 'SPACE_NOT_FOUND');
  });

  it.each([
    ['notifications', NOTIFICATIONS, {}],
    ['markNotificationsRead', MARK_READ, { ids: null }],
    ['notificationPreferences', `{ notificationPreferences { emailDigest } }`, {}],
    ['hashtag', HASHTAG, { tag: 'x' }],
    ['mentionCandidates', CANDIDATES, { query: 'a' }],
  ])('asks for a session on %s', async (_, query, variables) => {
    expectError(await t.gql(query, variables), 'UNAUTHENTICATED', 'AUTH_REQUIRED');
  });
});
