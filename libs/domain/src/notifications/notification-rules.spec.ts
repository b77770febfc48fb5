import { describe, expect, it } from '@jest/globals';

import type { Place, SpaceRole, Viewer } from '../access-policy/types.js';
import { isDomainError } from '../errors/index.js';
import {
  isBatchedKind,
  type NotificationCandidate,
  type NotificationKind,
  notificationRecipients,
  readersOf,
  validatePreferenceKinds,
} from './notification-rules.js';

const PRIVATE: Place = { id: 'space-1', visibility: 'PRIVATE' };
const PUBLIC: Place = { id: 'space-2', visibility: 'PUBLIC' };

const person = (id: string, { member = false, active = true }: { member?: boolean; active?: boolean } = {}): Viewer => ({
  id,
  role: 'MEMBER',
  active,
  memberships: new Map<string, SpaceRole>(member ? [['space-1', 'MEMBER']] : []),
});

const candidate = (viewer: Viewer, kinds: NotificationKind[], muted: NotificationKind[] = []): NotificationCandidate => ({
  viewer,
  kinds,
  mutedKinds: new Set(muted),
});

describe('notificationRecipients', () => {
  it('never notifies the actor of their own action', () => {
    expect(notificationRecipients('me', PUBLIC, [candidate(person('me'), ['REPLY'])])).toEqual([]);
  });

  it('skips people who may not read the place, and inactive accounts', () => {
    const result = notificationRecipients('actor', PRIVATE, [
      candidate(person('outsider'), ['MENTION']),
      candidate(person('gone', { member: true, active: false }), ['MENTION']),
      candidate(person('member', { member: true }), ['MENTION']),
    ]);
    expect(result).toEqual([{ userId: 'member', kind: 'MENTION' }]);
  });

  it('notifies each person once, with the strongest kind listed first', () => {
    const author = person('author');
    const result = notificationRecipients('actor', PUBLIC, [candidate(author, ['MENTION', 'REPLY']), candidate(author, ['REPLY'])]);
    expect(result).toEqual([{ userId: 'author', kind: 'MENTION' }]);
  });

  it('falls back to the next kind when the strongest one is muted', () => {
    const result = notificationRecipients('actor', PUBLIC, [candidate(person('author'), ['MENTION', 'REPLY'], ['MENTION'])]);
    expect(result).toEqual([{ userId: 'author', kind: 'REPLY' }]);
  });

  it('notifies nobody who muted every kind that applies', () => {
    expect(notificationRecipients('actor', PUBLIC, [candidate(person('fan'), ['SPACE_POST'], ['SPACE_POST'])])).toEqual([]);
  });

  it('reaches anyone active in the company stream', () => {
    expect(notificationRecipients('actor', null, [candidate(person('colleague'), ['REACTION'])])).toEqual([
      { userId: 'colleague', kind: 'REACTION' },
    ]);
  });
});

describe('readersOf', () => {
  it('keeps only the people who may read the place', () => {
    const readers = readersOf(PRIVATE, [person('a', { member: true }), person('b'), person('c', { member: true, active: false })]);
    expect(readers.map((v) => v.id)).toEqual(['a']);
  });
});

describe('isBatchedKind', () => {
  it.each([
    ['REACTION', true],
    ['SPACE_POST', true],
    ['MENTION', false],
    ['REPLY', false],
    ['CONNECTOR_EVENT', false],
  ] as const)('%s → %s', (kind, batched) => {
    expect(isBatchedKind(kind)).toBe(batched);
  });
});

describe('validatePreferenceKinds', () => {
  it('accepts each kind once', () => {
    expect(() => validatePreferenceKinds(['MENTION', 'REPLY'])).not.toThrow();
  });

  it('refuses a kind given twice with DUPLICATE_KIND', () => {
    let error: unknown;
    try {
      validatePreferenceKinds(['MENTION', 'REPLY', 'MENTION']);
    } catch (caught) {
      error = caught;
    }
    expect(isDomainError(error) && error.reason).toBe('DUPLICATE_KIND');
  });
});
