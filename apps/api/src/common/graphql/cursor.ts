import { decodeCursor, DomainError, encodeCursor, isId } from '@chantier/domain';

/*
 * Keyset cursors, one codec per list. A cursor carries the name of the list that made it, so a
 * cursor from another list is refused, and each sort key value is checked before it reaches
 * SQL, so a forged cursor answers INVALID_CURSOR rather than a database error.
 */

/**
 * A sort key value: a timestamp as PostgreSQL prints `timestamptz::text`, an id, a sort text, a small integer, a flag,
 * an instant as `Date.toISOString()` prints it, or a ranking score (a finite number ≥ 0).
 */
type Part = 'time' | 'id' | 'text' | 'int' | 'flag' | 'instant' | 'score';
type Value<P extends Part> = P extends 'int' | 'score' ? number : P extends 'flag' ? boolean : string;
type Values<T extends readonly Part[]> = { readonly [K in keyof T]: Value<T[K]> };

// e.g. 2025-11-23 09:41:07.123456+01 (the session's DateStyle ISO); fractional seconds and minutes of offset optional.
const PG_TIMESTAMPTZ = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::\d{2}){0,2}$/;

const isTime = (value: string): boolean => {
  const match = PG_TIMESTAMPTZ.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offset] = match.slice(1).map(Number) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day! && hour! < 24 && minute! < 60 && second! < 60 && offset! <= 15;
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const VALID: Record<Part, (value: never) => boolean> = {
  time: (value: string) => isTime(value),
  id: (value: string) => isId(value),
  text: (value: string) => value.length <= 1_000 && !value.includes('\u0000'),
  int: (value: number) => Number.isSafeInteger(value) && Math.abs(value) < 2 ** 31,
  flag: () => true,
  // Round-trips exactly, so an impossible date such as 2025-02-30 is refused.
  instant: (value: string) => ISO_INSTANT.test(value) && new Date(value).toISOString() === value,
  score: (value: number) => Number.isFinite(value) && value >= 0,
};

const JSON_TYPE: Record<Part, 'string' | 'number' | 'boolean'> = {
  time: 'string',
  id: 'string',
  text: 'string',
  int: 'number',
  flag: 'boolean',
  instant: 'string',
  score: 'number',
};

export interface CursorCodec<T extends readonly Part[]> {
  encode(values: Values<T>): string;
  /** The sort key of `after`, null when there is none, or INVALID_CURSOR. */
  decode(after: string | null | undefined): Values<T> | null;
}

export const cursorCodec = <const T extends readonly Part[]>(list: string, parts: T): CursorCodec<T> => ({
  encode: (values) => encodeCursor([list, ...(values as readonly (string | number | boolean)[])]),
  decode: (after) => {
    if (!after) return null;
    const [tag, ...values] = decodeCursor(after, ['string', ...parts.map((part) => JSON_TYPE[part])]);
    if (tag !== list || !parts.every((part, i) => (VALID[part] as (value: unknown) => boolean)(values[i]))) {
      throw new DomainError('INVALID_CURSOR', 'The "after" cursor is not one this list produced.', { field: 'after' });
    }
    return values as unknown as Values<T>;
  },
});

/** The cursors of every list the API pages through. */
export const Cursors = {
  homeFeed: cursorCodec('homeFeed', ['time', 'id']),
  // TOP mode: the ranking's asOf, then the last (score, id) of the ranked window or (created_at, id) of the older posts after it.
  homeFeedTop: cursorCodec('homeFeedTop', ['instant', 'score', 'id']),
  homeFeedTopOlder: cursorCodec('homeFeedTopOlder', ['instant', 'time', 'id']),
  spaceFeed: cursorCodec('spaceFeed', ['flag', 'time', 'id']),
  userFeed: cursorCodec('userFeed', ['time', 'id']),
  comments: cursorCodec('comments', ['time', 'id']),
  spaces: cursorCodec('spaces', ['text', 'id']),
  members: cursorCodec('members', ['int', 'text', 'id']),
  users: cursorCodec('users', ['text', 'id']),
  // score, kind, id, and the database time the first page was ranked at, so later pages rank the same way
  search: cursorCodec('search', ['score', 'text', 'id', 'time']),
  hashtagFeed: cursorCodec('hashtagFeed', ['time', 'id']),
  notifications: cursorCodec('notifications', ['time', 'id']),
} as const;

/** Where a TOP home feed page ended, and the `asOf` instant every page of that feed is ranked at. */
export type TopFeedPosition =
  | { readonly asOf: string; readonly ranked: { readonly score: number; readonly id: string } }
  | { readonly asOf: string; readonly older: readonly [time: string, id: string] };

/** The TOP home feed's cursors: two shapes under one `after` argument. */
export const TopFeedCursor = {
  encode: (position: TopFeedPosition): string =>
    'ranked' in position
      ? Cursors.homeFeedTop.encode([position.asOf, position.ranked.score, position.ranked.id])
      : Cursors.homeFeedTopOlder.encode([position.asOf, ...position.older]),
  /** The position `after` names, null when there is none, or INVALID_CURSOR (a RECENT cursor included). */
  decode: (after: string | null | undefined): TopFeedPosition | null => {
    if (!after) return null;
    try {
      const [asOf, score, id] = Cursors.homeFeedTop.decode(after)!;
      return { asOf, ranked: { score, id } };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const [asOf, time, id] = Cursors.homeFeedTopOlder.decode(after)!;
      return { asOf, older: [time, id] };
    }
  },
};
