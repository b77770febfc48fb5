import { DomainError, isDomainError } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import { TokenService } from '../auth/token.service.js';
import { ViewerRepository } from '../auth/viewer.repository.js';
import { logger } from '../common/logger.js';

/** Who a socket belongs to, and until when its session token is valid. */
export interface SocketSession {
  userId: string;
  /** Epoch milliseconds at which the token expires, when it says. */
  expiresAt: number | null;
}

/**
 * What a refused handshake sends: socket.io gives the client a `connect_error` whose `message`
 * is this error's and whose `data` is `{ code, reason }`, as GraphQL's `extensions` would be.
 */
export class HandshakeRefused extends Error {
  readonly data: { code: string; reason: string };

  constructor(code: string, reason: string, message: string) {
    super(message);
    this.name = 'HandshakeRefused';
    this.data = { code, reason };
  }
}

const refusal = (error: DomainError) => new HandshakeRefused(error.category, error.reason, error.message);

/** Checks a socket.io handshake's `auth.token` exactly as the GraphQL AuthGuard checks a bearer token. */
@Injectable()
export class SocketAuthenticator {
  constructor(
    private readonly tokens: TokenService,
    private readonly viewers: ViewerRepository,
    private readonly jwt: JwtService,
  ) {}

  async authenticate(auth: unknown): Promise<SocketSession> {
    try {
      const token = typeof auth === 'object' && auth !== null ? (auth as { token?: unknown }).token : undefined;
      if (typeof token !== 'string' || token === '') {
        throw new DomainError('AUTH_REQUIRED', 'Sign in first: connect with `auth: { token }` holding your session token.');
      }
      const viewer = await this.viewers.load(this.tokens.verify(token));
      if (!viewer) throw new DomainError('TOKEN_INVALID', 'Your session is invalid or has expired: sign in again.');
      if (!viewer.active) throw new DomainError('ACCOUNT_INACTIVE', 'This account has been deactivated.');
      const { exp } = this.jwt.decode<{ exp?: unknown }>(token);
      return { userId: viewer.id, expiresAt: typeof exp === 'number' ? exp * 1000 : null };
    } catch (error) {
      if (isDomainError(error)) throw refusal(error);
      logger.error({ err: error }, 'realtime handshake failed');
      throw new HandshakeRefused('INTERNAL_SERVER_ERROR', 'INTERNAL', 'Something went wrong on our side; try again shortly.');
    }
  }
}
