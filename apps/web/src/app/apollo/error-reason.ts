import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

interface ErrorExtensions {
  code?: unknown;
  reason?: unknown;
}

const firstExtensions = (error: unknown): ErrorExtensions | undefined => {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors[0]?.extensions as ErrorExtensions | undefined;
};

/**
 * The specific, stable reason of an API error (`extensions.reason`, e.g. `POST_TOO_LONG`),
 * else its category (`extensions.code`), else `NETWORK` / `generic`. Used as an i18n key.
 */
export const getErrorReason = (error: unknown): string => {
  const extensions = firstExtensions(error);
  if (typeof extensions?.reason === 'string') return extensions.reason;
  if (typeof extensions?.code === 'string') return extensions.code;
  if (ServerError.is(error) || error instanceof TypeError) return 'NETWORK';
  return 'generic';
};

export const hasErrorCode = (error: unknown, code: string): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => (e.extensions as ErrorExtensions | undefined)?.code === code);

/** Content the viewer may not read answers NOT_FOUND, exactly like absent content. */
export const isNotFoundError = (error: unknown): boolean => hasErrorCode(error, 'NOT_FOUND');
