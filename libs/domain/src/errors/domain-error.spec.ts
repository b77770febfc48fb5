import { describe, expect, it } from '@jest/globals';

import type { DenyReason } from '../access-policy/index.js';
import { DomainError, isDomainError } from './domain-error.js';
import { ErrorCategory, ErrorCode, type ErrorReason } from './error-codes.js';

// Services turn a policy's deny(reason) into `new DomainError(reason, …)`, so every deny reason
// must be a catalogued error reason; this line stops compiling if one is not.
const denyReasonIsCatalogued = (reason: DenyReason): ErrorReason => reason;

/** The category each deny reason must surface as; a Record, so a new DenyReason must be added here. */
const DENY_CATEGORIES: Record<DenyReason, ErrorCategory> = {
  ACCOUNT_INACTIVE: 'UNAUTHENTICATED',
  NOT_A_MEMBER: 'FORBIDDEN',
  NOT_AUTHOR: 'FORBIDDEN',
  NOT_MODERATOR: 'FORBIDDEN',
  NOT_SPACE_OWNER: 'FORBIDDEN',
  ADMIN_ONLY: 'FORBIDDEN',
  SPACE_NOT_JOINABLE: 'FORBIDDEN',
  ALREADY_MEMBER: 'CONFLICT',
};

describe('DomainError', () => {
  it.each<{ reason: ErrorReason; category: ErrorCategory }>([
    { reason: 'POST_NOT_FOUND', category: 'NOT_FOUND' },
    { reason: 'SPACE_NOT_FOUND', category: 'NOT_FOUND' },
    { reason: 'BODY_TOO_LONG', category: 'BAD_USER_INPUT' },
    { reason: 'INVALID_CURSOR', category: 'BAD_USER_INPUT' },
    { reason: 'AUTH_REQUIRED', category: 'UNAUTHENTICATED' },
    { reason: 'TOO_MANY_ATTEMPTS', category: 'RATE_LIMITED' },
    { reason: 'EMAIL_TAKEN', category: 'CONFLICT' },
    { reason: 'NOT_MODERATOR', category: 'FORBIDDEN' },
  ])('derives category $category for $reason from the catalogue', ({ reason, category }) => {
    expect(new DomainError(reason, 'message').category).toBe(category);
  });

  it.each(Object.entries(DENY_CATEGORIES))('maps the policy deny reason %s to %s', (reason, category) => {
    expect(new DomainError(denyReasonIsCatalogued(reason as DenyReason), 'message').category).toBe(category);
  });

  it('keeps its reason, message and details', () => {
    const error = new DomainError('BODY_TOO_LONG', 'Too long.', { field: 'body', limit: 20_000 });
    expect(error).toMatchObject({ reason: 'BODY_TOO_LONG', message: 'Too long.', details: { field: 'body', limit: 20_000 } });
  });

  it('defaults details to an empty object', () => {
    expect(new DomainError('POST_NOT_FOUND', 'Not found.').details).toEqual({});
  });

  it('is an Error named DomainError, with a stack', () => {
    const error = new DomainError('POST_NOT_FOUND', 'Not found.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.stack).toContain('DomainError');
  });
});

describe('isDomainError', () => {
  it('recognises a DomainError', () => {
    expect(isDomainError(new DomainError('INVALID_ID', 'Bad id.'))).toBe(true);
  });

  it.each([new Error('boom'), new TypeError('x'), { reason: 'INVALID_ID', category: 'BAD_USER_INPUT' }, 'INVALID_ID', null, undefined])(
    'rejects %p',
    (value) => {
      expect(isDomainError(value)).toBe(false);
    },
  );
});

describe('the error catalogue', () => {
  const categories = Object.values(ErrorCategory);

  it.each(Object.entries(ErrorCode))('maps %s to a known category', (_reason, category) => {
    expect(categories).toContain(category);
  });

  it.each(Object.keys(ErrorCode))('names %s in UPPER_SNAKE case', (reason) => {
    expect(reason).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it('has categories that are their own names, as clients switch on them', () => {
    expect(Object.entries(ErrorCategory).filter(([key, value]) => key !== value)).toEqual([]);
  });
});
