import { type ErrorCategory, ErrorCode, type ErrorReason } from './error-codes.js';

export interface ErrorDetails {
  /** The input field at fault, for BAD_USER_INPUT errors. */
  field?: string;
  [key: string]: unknown;
}

/** An expected failure: a rule said no. The API maps it to a typed GraphQL error. */
export class DomainError extends Error {
  readonly category: ErrorCategory;

  constructor(
    readonly reason: ErrorReason,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.category = ErrorCode[reason];
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
