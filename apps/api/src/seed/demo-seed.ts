import * as argon2 from 'argon2';
import type { DataSource, EntityManager } from 'typeorm';

import { buildDemoPlan } from './demo-plan.js';
import { writeDemoPlan } from './demo-writer.js';

export { DEMO_SECRET_GROUP_SLUG, DEMO_SECRET_SPACE_SLUG, DEMO_SHARED_PROJECT_SLUG } from './demo-spaces.js';

export const DEMO_PASSWORD = 'chantier-demo';
export const DEMO_LOGINS = [
  { email: 'admin@demo.chantier.test', role: 'ADMIN' },
  { email: 'analyst@demo.chantier.test', role: 'ANALYST' },
  { email: 'alice@demo.chantier.test', role: 'MEMBER' },
  { email: 'bob@demo.chantier.test', role: 'MEMBER' },
] as const;

export interface SeedOptions {
  /** The moment the 90 days of history end; the same `now` always gives the same organisation. */
  readonly now?: Date;
}

const hasUsers = async (db: DataSource | EntityManager): Promise<boolean> => {
  const rows = (await db.query(`SELECT EXISTS (SELECT 1 FROM app_user) AS "any"`)) as { any: boolean }[];
  return rows[0]!.any;
};

/**
 * Seeds the demo organisation when the database has no users. Returns whether it seeded.
 *
 * Everything is written in one transaction, so a crash leaves nothing half-seeded. Two
 * processes starting at once serialise on an advisory lock and the second one finds users and
 * does nothing.
 */
export const seedDemoOrganisation = async (db: DataSource, { now = new Date() }: SeedOptions = {}): Promise<boolean> => {
  if (await hasUsers(db)) return false;
  // One hash for every demo account: argon2id is deliberately slow.
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  const plan = buildDemoPlan(now);
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('chantier:demo-seed'))`);
    if (await hasUsers(tx)) return false;
    await writeDemoPlan(tx, plan, passwordHash);
    return true;
  });
};
