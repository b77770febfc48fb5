import { describe, expect, it } from '@jest/globals';

import { base32Decode, base32Encode, REPLY_TOKEN_TTL_DAYS, ReplyTokens } from './reply-token.js';

const USER = '0f8fad5b-d9cb-469f-a165-70867728950e';
const POST = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const NOW = new Date('2026-11-23T08:00:00Z');
const DAY = 86_400_000;

describe('reply tokens', () => {
  const tokens = new ReplyTokens('a server secret of at least thirty-two characters');

  it('round-trips user, post and expiry, in lower-case base32 (74 characters)', () => {
    const token = tokens.issue(USER, POST, NOW);
    expect(token).toMatch(/^[a-z2-7]+$/);
    expect(token).toHaveLength(74);
    expect(tokens.verify(token, NOW)).toEqual({
      ok: true,
      claims: { userId: USER, postId: POST, expiresAt: new Date(NOW.getTime() + REPLY_TOKEN_TTL_DAYS * DAY) },
    });
  });

  it('accepts the token in upper case', () => {
    expect(tokens.verify(tokens.issue(USER, POST, NOW).toUpperCase(), NOW).ok).toBe(true);
  });

  it('expires after its time, not before', () => {
    const token = tokens.issue(USER, POST, NOW);
    expect(tokens.verify(token, new Date(NOW.getTime() + REPLY_TOKEN_TTL_DAYS * DAY - 1000)).ok).toBe(true);
    expect(tokens.verify(token, new Date(NOW.getTime() + REPLY_TOKEN_TTL_DAYS * DAY))).toEqual({ ok: false, reason: 'EXPIRED' });
  });

  it('refuses any changed character as a bad signature, before looking at the expiry', () => {
    const token = tokens.issue(USER, POST, new Date(NOW.getTime() - 60 * DAY));
    for (let i = 0; i < token.length - 1; i += 1) {
      const changed = token.slice(0, i) + (token[i] === 'a' ? 'b' : 'a') + token.slice(i + 1);
      expect(tokens.verify(changed, NOW)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    }
  });

  it('refuses a token signed with another secret', () => {
    const other = new ReplyTokens('another server secret, also thirty-two characters');
    expect(tokens.verify(other.issue(USER, POST, NOW), NOW)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
  });

  it.each(['', 'abc', 'not a token', '0189', 'a'.repeat(200)])('refuses %p as malformed', (token) => {
    expect(tokens.verify(token, NOW)).toEqual({ ok: false, reason: 'MALFORMED' });
  });

  it('base32 round-trips any bytes', () => {
    for (const length of [0, 1, 5, 7, 46]) {
      const bytes = Buffer.from(Array.from({ length }, (_, i) => (i * 37 + 11) % 256));
      expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    }
  });
});
