import { describe, expect, it } from '@jest/globals';

import { DomainError } from '../errors/index.js';
import { isId, MAX_BODY_LENGTH, validateBody, validateName } from './content.js';

/** The DomainError `run` throws; fails the test if it throws nothing or something else. */
const domainErrorFrom = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
};

describe('validateBody', () => {
  it.each([
    { name: 'empty', body: '' },
    { name: 'spaces only', body: '   ' },
    { name: 'blank lines only', body: '\n\n\n' },
    { name: 'tabs, spaces and newlines', body: ' \t\n \r\n\t ' },
    { name: 'non-breaking spaces', body: '\u00a0\u00a0' },
  ])('rejects a body that is $name with BODY_EMPTY', ({ body }) => {
    expect(domainErrorFrom(() => validateBody(body))).toMatchObject({
      reason: 'BODY_EMPTY',
      category: 'BAD_USER_INPUT',
      details: { field: 'body' },
    });
  });

  it('accepts a body of exactly 20 000 characters', () => {
    const body = 'a'.repeat(20_000);
    expect(validateBody(body)).toBe(body);
  });

  it('rejects a body of 20 001 characters with the limit and length', () => {
    expect(domainErrorFrom(() => validateBody('a'.repeat(20_001)))).toMatchObject({
      reason: 'BODY_TOO_LONG',
      category: 'BAD_USER_INPUT',
      details: { field: 'body', limit: MAX_BODY_LENGTH, length: 20_001 },
    });
  });

  it('does not count trailing whitespace towards the limit', () => {
    expect(validateBody(`${'a'.repeat(20_000)}\n\n   `)).toHaveLength(20_000);
  });

  it('names the field it was given in errors', () => {
    expect(domainErrorFrom(() => validateBody(' ', 'comment.body')).details).toEqual({ field: 'comment.body' });
  });

  it('drops leading blank lines and trailing whitespace', () => {
    expect(validateBody('\n \n\nHello\n\n')).toBe('Hello');
  });

  it('keeps the indentation of the first line, which markdown gives meaning to', () => {
    expect(validateBody('\n    indented code\nnext')).toBe('    indented code\nnext');
  });

  it('keeps blank lines inside the text', () => {
    expect(validateBody('one\n\n\ntwo')).toBe('one\n\n\ntwo');
  });
});

describe('validateName', () => {
  it('trims the name', () => {
    expect(validateName('  Équipe Lyon  ')).toBe('Équipe Lyon');
  });

  it.each(['', '   ', '\t\n'])('rejects %p with NAME_REQUIRED', (name) => {
    expect(domainErrorFrom(() => validateName(name))).toMatchObject({ reason: 'NAME_REQUIRED', details: { field: 'name' } });
  });

  it('accepts 120 characters', () => {
    expect(validateName('x'.repeat(120))).toHaveLength(120);
  });

  it('rejects 121 characters with NAME_TOO_LONG and the limit', () => {
    expect(domainErrorFrom(() => validateName('x'.repeat(121)))).toMatchObject({
      reason: 'NAME_TOO_LONG',
      details: { field: 'name', limit: 120 },
    });
  });

  it('applies a custom field name and limit', () => {
    expect(domainErrorFrom(() => validateName('abcd', 'displayName', 3))).toMatchObject({
      reason: 'NAME_TOO_LONG',
      details: { field: 'displayName', limit: 3 },
    });
  });
});

describe('isId', () => {
  it.each(['5f0c7a3e-1b2d-4c5e-8f9a-0b1c2d3e4f50', '5F0C7A3E-1B2D-4C5E-8F9A-0B1C2D3E4F50', '00000000-0000-0000-0000-000000000000'])(
    'accepts the UUID %p',
    (value) => {
      expect(isId(value)).toBe(true);
    },
  );

  it.each([
    null,
    undefined,
    '',
    'abc',
    '5f0c7a3e1b2d4c5e8f9a0b1c2d3e4f50',
    '{5f0c7a3e-1b2d-4c5e-8f9a-0b1c2d3e4f50}',
    ' 5f0c7a3e-1b2d-4c5e-8f9a-0b1c2d3e4f50',
    '5f0c7a3e-1b2d-4c5e-8f9a-0b1c2d3e4f50\n',
    '5f0c7a3e-1b2d-4c5e-8f9a-0b1c2d3e4f5g',
    "5f0c7a3e-1b2d-4c5e-8f9a-0b1c2d3e4f50' OR '1'='1",
  ])('rejects %p', (value) => {
    expect(isId(value)).toBe(false);
  });
});
