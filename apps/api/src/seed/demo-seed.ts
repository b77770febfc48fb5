import type { DataSource } from 'typeorm';

export const DEMO_PASSWORD = 'chantier-demo';
export const DEMO_LOGINS = [
  { email: 'admin@demo.chantier.test', role: 'ADMIN' },
  { email: 'analyst@demo.chantier.test', role: 'ANALYST' },
  { email: 'alice@demo.chantier.test', role: 'MEMBER' },
  { email: 'bob@demo.chantier.test', role: 'MEMBER' },
] as const;

/** Seeds the demo organisation when the database has no users. Returns whether it seeded. */
export const seedDemoOrganisation = async (db: DataSource): Promise<boolean> => {
  const [row] = (await db.query(`SELECT count(*)::int AS n FROM app_user`)) as { n: number }[];
  if (row!.n > 0) return false;
  throw new Error('TODO: demo seed not written yet');
};
