import { DomainError, type ErrorReason } from '@chantier/domain';

/*
 * Services check uniqueness before writing, but two requests can pass the check at the same
 * moment; the database's unique index then decides. Such a race answers the same CONFLICT the
 * check would have, instead of an internal error.
 */

const BY_CONSTRAINT: Record<string, { reason: ErrorReason; field?: string; message: string }> = {
  app_user_email_key: { reason: 'EMAIL_TAKEN', field: 'email', message: 'Someone already has this e-mail address.' },
  space_slug_key: { reason: 'SLUG_TAKEN', field: 'name', message: 'A space with this name was created at the same moment: try again.' },
  business_project_external_key_key: {
    reason: 'EXTERNAL_KEY_TAKEN',
    field: 'project.externalKey',
    message: 'Another project space already uses this external key.',
  },
  department_name_key: { reason: 'DEPARTMENT_EXISTS', field: 'name', message: 'A department with this name already exists.' },
};

interface PgError {
  code?: string;
  constraint?: string;
}

/** The DomainError a PostgreSQL unique violation stands for, if the error is one. */
export const fromUniqueViolation = (error: unknown): DomainError | undefined => {
  const driverError = ((error as { driverError?: PgError } | undefined)?.driverError ?? error) as PgError | undefined;
  if (driverError?.code !== '23505') return undefined;
  const known = driverError.constraint ? BY_CONSTRAINT[driverError.constraint] : undefined;
  if (known) return new DomainError(known.reason, known.message, known.field ? { field: known.field } : {});
  return new DomainError('CONCURRENT_CHANGE', 'Someone made the same change at the same moment: try again.');
};
