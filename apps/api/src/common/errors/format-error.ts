import { isDomainError } from '@chantier/domain';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

import { logger } from '../logger.js';
import { fromUniqueViolation } from './unique-violation.js';

/*
 * The single place where errors become GraphQL errors: `extensions.code` is the category,
 * `extensions.reason` the specific, never-renamed reason, `extensions.field` the input at fault.
 * Anything unexpected is logged and answered INTERNAL_SERVER_ERROR without internals.
 */

// Apollo's own request errors: the client's request is at fault, and the message says how.
const GRAPHQL_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
]);

export const formatGraphqlError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const thrown = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const original = fromUniqueViolation(thrown) ?? thrown;
  if (isDomainError(original)) {
    const { field, ...details } = original.details;
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.category, reason: original.reason, ...(field ? { field } : {}), ...details },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && GRAPHQL_REQUEST_CODES.has(code)) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT', reason: code } };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
  return {
    message: 'Something went wrong on our side; it has been logged.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' },
  };
};
