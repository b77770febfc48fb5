import { DomainError } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

const SESSION_TTL_SECONDS = 12 * 60 * 60;

/** Signs and checks session tokens (HS256 JWT, subject = user id). */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  sign(userId: string): string {
    return this.jwt.sign({ sub: userId }, { expiresIn: SESSION_TTL_SECONDS });
  }

  /** The user id in a valid, unexpired token, or TOKEN_INVALID. */
  verify(token: string): string {
    try {
      const payload = this.jwt.verify<{ sub?: unknown }>(token, { algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string') throw new Error('no subject');
      return payload.sub;
    } catch {
      throw new DomainError('TOKEN_INVALID', 'Your session is invalid or has expired: sign in again.');
    }
  }
}
