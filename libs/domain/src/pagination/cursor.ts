import { DomainError } from '../errors/index.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Validates `first` (1–100, default 20) or throws PAGE_SIZE_OUT_OF_RANGE. */
export const pageSize = (first: number | null | undefined): number => {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new DomainError('PAGE_SIZE_OUT_OF_RANGE', `"first" must be an integer from 1 to ${MAX_PAGE_SIZE}.`, {
      field: 'first',
      min: 1,
      max: MAX_PAGE_SIZE,
    });
  }
  return size;
};

/**
 * A keyset position: the sort key values of the last row seen. Encoded as opaque base64url
 * JSON so clients cannot depend on its shape.
 */
export type CursorKey = readonly (string | number | boolean)[];

/** Encodes sort key values into an opaque cursor. */
export const encodeCursor = (key: CursorKey): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

/**
 * Decodes an opaque cursor made by `encodeCursor`, checking it has the expected arity and
 * value types, or throws INVALID_CURSOR.
 */
export const decodeCursor = (cursor: string, shape: readonly ('string' | 'number' | 'boolean')[]): CursorKey => {
  const invalid = () => new DomainError('INVALID_CURSOR', 'The "after" cursor is not one this list produced.', { field: 'after' });
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(key) || key.length !== shape.length) throw invalid();
  key.forEach((value, i) => {
    if (typeof value !== shape[i]) throw invalid();
  });
  return key as CursorKey;
};
