import { DomainError } from '@chantier/domain';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';

import { PUBLIC_KEY } from '../common/auth/decorators.js';
import { bearerToken, type RequestContext } from '../common/auth/request-context.js';
import { TokenService } from './token.service.js';
import { ViewerRepository } from './viewer.repository.js';

// The activity log buckets days in the organisation's time zone (ANALYTICS.md §0.4).
const ORG_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Runs before every GraphQL root field: turns the bearer token into a Viewer on the context,
 * or refuses with UNAUTHENTICATED unless the operation is @Public.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  // Visits are written once per user per day; this remembers which were written by this process.
  private readonly visitsRecorded = new Set<string>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly viewers: ViewerRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (ctx.viewer || isPublic) return true;
    const token = bearerToken(ctx.req);
    if (!token) throw new DomainError('AUTH_REQUIRED', 'Sign in first: this needs a session token.');
    const viewer = await this.viewers.load(this.tokens.verify(token));
    if (!viewer) throw new DomainError('TOKEN_INVALID', 'Your session is invalid or has expired: sign in again.');
    if (!viewer.active) throw new DomainError('ACCOUNT_INACTIVE', 'This account has been deactivated.');
    ctx.viewer = viewer;
    await this.recordVisit(viewer.id);
    return true;
  }

  private async recordVisit(userId: string): Promise<void> {
    const key = `${userId}:${ORG_DAY.format(new Date())}`;
    if (this.visitsRecorded.has(key)) return;
    if (this.visitsRecorded.size > 100_000) this.visitsRecorded.clear();
    this.visitsRecorded.add(key);
    await this.viewers.recordVisit(userId);
  }
}
