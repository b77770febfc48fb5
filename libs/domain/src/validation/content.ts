import { DomainError } from '../errors/index.js';

export const MAX_BODY_LENGTH = 20_000;
export const POST_KINDS = ['STATUS', 'ANNOUNCEMENT', 'QUESTION', 'EVENT'] as const;
export type PostKind = (typeof POST_KINDS)[number];
export const REACTION_TYPES = ['LIKE', 'CELEBRATE', 'INSIGHTFUL', 'SUPPORT'] as const;
export type ReactionType = (typeof REACTION_TYPES)[number];

/** Returns the body trimmed of surrounding blank lines, or throws BODY_EMPTY / BODY_TOO_LONG. */
export const validateBody = (body: string, field = 'body'): string => {
  const trimmed = body.replace(/^\s*\n/, '').trimEnd();
  if (trimmed.trim().length === 0) throw new DomainError('BODY_EMPTY', 'The text is empty: write something first.', { field });
  if (trimmed.length > MAX_BODY_LENGTH) {
    throw new DomainError('BODY_TOO_LONG', `The text has ${trimmed.length} characters; the limit is ${MAX_BODY_LENGTH}.`, {
      field,
      limit: MAX_BODY_LENGTH,
      length: trimmed.length,
    });
  }
  return trimmed;
};

/** Validates a display name, space name or department name. */
export const validateName = (name: string, field = 'name', max = 120): string => {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new DomainError('NAME_REQUIRED', `The ${field} is empty.`, { field });
  if (trimmed.length > max) throw new DomainError('NAME_TOO_LONG', `The ${field} is longer than ${max} characters.`, { field, limit: max });
  return trimmed;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client-supplied id has the shape of an id; malformed ids are treated as absent. */
export const isId = (value: string | null | undefined): value is string => typeof value === 'string' && UUID.test(value);
