import { describe, expect, it } from '@jest/globals';

import { DomainError } from '../errors/index.js';
import { type CursorKey, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE, pageSize } from './cursor.js';

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

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('pageSize', () => {
  it.each([undefined, null])('defaults to 20 when first is %p', (first) => {
    expect(pageSize(first)).toBe(DEFAULT_PAGE_SIZE);
    expect(DEFAULT_PAGE_SIZE).toBe(20);
  });

  it.each([1, 20, 99, 100])('accepts %p', (first) => {
    expect(pageSize(first)).toBe(first);
  });

  it.each([0, 101, -1, 2.5, NaN, Infinity, -Infinity, MAX_PAGE_SIZE + 0.5])(
    'rejects %p with PAGE_SIZE_OUT_OF_RANGE on the first argument',
    (first) => {
      expect(domainErrorFrom(() => pageSize(first))).toMatchObject({
        reason: 'PAGE_SIZE_OUT_OF_RANGE',
        category: 'BAD_USER_INPUT',
        details: { field: 'first', min: 1, max: 100 },
      });
    },
  );
});

describe('encodeCursor / decodeCursor', () => {
  it.each<{ key: CursorKey; shape: ('string' | 'number' | 'boolean')[] }>([
    { key: ['2025-03-01T09:30:00.000Z', '5f0c7a3e-1b2d-4c5e-8f9a-0b1c2d3e4f50'], shape: ['string', 'string'] },
    { key: [42, 'x'], shape: ['number', 'string'] },
    { key: [-0.125, 1e21], shape: ['number', 'number'] },
    { key: [true, false], shape: ['boolean', 'boolean'] },
    { key: ['élodie dupré 💡 "quoted" \\ / ?&=#'], shape: ['string'] },
    { key: [''], shape: ['string'] },
    { key: [], shape: [] },
  ])('round-trips $key', ({ key, shape }) => {
    expect(decodeCursor(encodeCursor(key), shape)).toEqual(key);
  });

  it('produces a URL-safe token', () => {
    expect(encodeCursor(['a/b+c?d=e', 'ÿÿÿ', 12345])).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('does not expose the key as readable JSON', () => {
    expect(encodeCursor(['2025-03-01', 'id-1'])).not.toContain('2025');
  });
});

describe('decodeCursor with a cursor this list did not produce', () => {
  it.each([
    { name: 'an empty string', cursor: '' },
    { name: 'garbage text', cursor: 'not a cursor' },
    { name: 'non-base64 characters', cursor: '!!!***' },
    { name: 'percent-encoded text', cursor: '%5B%22a%22%5D' },
    { name: 'plain (unencoded) JSON', cursor: '["2025-03-01","id-1"]' },
    { name: 'a truncated cursor', cursor: encodeCursor(['2025-03-01', 'id-1']).slice(0, 10) },
    { name: 'bytes that are not UTF-8 JSON', cursor: Buffer.from([0xff, 0xfe, 0x00, 0x81]).toString('base64url') },
    { name: 'JSON that is an object', cursor: base64url('{"0":"a","1":"b"}') },
    { name: 'JSON that is a string', cursor: base64url('"a"') },
    { name: 'JSON that is null', cursor: base64url('null') },
    { name: 'JSON that is a number', cursor: base64url('1') },
    { name: 'too few values', cursor: encodeCursor(['2025-03-01']) },
    { name: 'too many values', cursor: encodeCursor(['2025-03-01', 'id-1', 'extra']) },
    { name: 'a number where a string belongs', cursor: encodeCursor([20250301, 'id-1']) },
    { name: 'a boolean where a string belongs', cursor: encodeCursor(['2025-03-01', true]) },
    { name: 'a null value', cursor: base64url('["2025-03-01",null]') },
    { name: 'a nested array', cursor: base64url('["2025-03-01",["id-1"]]') },
    { name: 'an object value', cursor: base64url('["2025-03-01",{"id":"id-1"}]') },
  ])('rejects $name with INVALID_CURSOR on after', ({ cursor }) => {
    expect(domainErrorFrom(() => decodeCursor(cursor, ['string', 'string']))).toMatchObject({
      reason: 'INVALID_CURSOR',
      category: 'BAD_USER_INPUT',
      details: { field: 'after' },
    });
  });
});
