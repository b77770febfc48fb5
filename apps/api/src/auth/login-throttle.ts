import { DomainError } from '@chantier/domain';
import { Injectable } from '@nestjs/common';

const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 10;

/**
 * Slows password guessing: after 10 failed logins for one e-mail within 15 minutes, further
 * attempts are refused until the window passes. Per process; a shared store comes with REDIS_URL.
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  assertMayTry(email: string, now = Date.now()): void {
    const recent = (this.failures.get(email) ?? []).filter((t) => now - t < WINDOW_MS);
    this.failures.set(email, recent);
    if (recent.length >= MAX_FAILURES) {
      throw new DomainError('TOO_MANY_ATTEMPTS', 'Too many failed sign-ins for this address: try again in 15 minutes.');
    }
  }

  recordFailure(email: string, now = Date.now()): void {
    if (this.failures.size > 50_000) this.failures.clear();
    this.failures.set(email, [...(this.failures.get(email) ?? []), now]);
  }

  recordSuccess(email: string): void {
    this.failures.delete(email);
  }
}
