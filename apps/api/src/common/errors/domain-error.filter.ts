import { DomainError } from '@chantier/domain';
import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Domain errors are expected answers, not failures: hand them to GraphQL's formatError
 * untouched instead of letting Nest log them as unhandled exceptions.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
