import { z } from 'zod';

import { DEFAULT_POOL_SIZE } from '../database/data-source.js';
import { DEFAULT_SEARCH_CONCURRENCY } from '../search/search-options.js';

/*
 * Every environment variable the API reads, validated once at boot into a frozen object.
 * A bad value stops the process with a message naming the variable and what is expected.
 */

const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);
const url = (protocols: readonly string[]) =>
  z.url({ protocol: new RegExp(`^(${protocols.join('|')})$`), error: `a ${protocols.join(' or ')} URL` });

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** PostgreSQL connection string; unset = an embedded PostgreSQL under DATA_DIR/pg. */
    DATABASE_URL: url(['postgres', 'postgresql']).optional(),
    /**
     * Connections this process keeps open to PostgreSQL: opened at start, never closed for being idle
     * (a burst after a quiet spell would otherwise wait for new connections and their authentication).
     */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(500).default(DEFAULT_POOL_SIZE),
    /** Search ranking statements run at once by this process; more wait their turn (default: one per core, at least 2). */
    SEARCH_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(DEFAULT_SEARCH_CONCURRENCY),
    /** Redis connection string; enables cross-process realtime fan-out. */
    REDIS_URL: url(['redis', 'rediss']).optional(),
    /** HTTP port for the web app, GraphQL, hooks and realtime. */
    PORT: port(3000),
    /** Port of the inbound SMTP listener. */
    SMTP_PORT: port(2525),
    /** Domain that inbound mail is addressed to (`<space>@MAIL_DOMAIN`). */
    MAIL_DOMAIN: z
      .string()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$|^localhost$/i, { error: 'a mail domain such as chantier.example.com' })
      .default('chantier.localhost'),
    /** Largest inbound mail accepted (bytes), announced with SMTP SIZE; 10 MiB by default. */
    MAIL_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1_024)
      .max(100 * 1024 * 1024)
      .default(10 * 1024 * 1024),
    /** The URL people reach the app at, used in links sent out. */
    PUBLIC_URL: url(['http', 'https']).optional(),
    /** Secret (≥ 32 chars) that signs session tokens; generated and kept in DATA_DIR when unset. Secret. */
    JWT_SECRET: z.string().min(32, { error: 'at least 32 characters' }).optional(),
    /** Folder for the embedded database, files and generated secrets. */
    DATA_DIR: z.string().min(1).default('.data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Seed the demo organisation on an empty database (never in production). */
    SEED_DEMO: z
      .enum(['true', 'false', '1', '0'], { error: 'true or false' })
      .transform((value) => value === 'true' || value === '1')
      .optional(),
    /** Run only the background workers (inbox queue, mailbox watchers) against DATABASE_URL: no HTTP, no SMTP. */
    WORKER_ONLY: z
      .enum(['true', 'false', '1', '0'], { error: 'true or false' })
      .transform((value) => value === 'true' || value === '1')
      .default(false),
    /** Consume the job queue in this process (default); false in API processes when WORKER_ONLY processes do it. */
    QUEUE_WORKERS: z
      .enum(['true', 'false', '1', '0'], { error: 'true or false' })
      .transform((value) => value === 'true' || value === '1')
      .default(true),
  })
  .refine((env) => !env.WORKER_ONLY || env.DATABASE_URL, {
    // A second embedded database would not be the API's: a worker needs the shared server.
    error: "DATABASE_URL to be set: a WORKER_ONLY process works on the API's database",
    path: ['WORKER_ONLY'],
  });

export type Env = Readonly<z.infer<typeof envSchema>>;

export class EnvError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses the environment or throws an EnvError listing each bad variable and what it expects. */
export const parseEnv = (source: Record<string, string | undefined>): Env => {
  // An empty variable means "unset", as shells and compose files often produce them.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return `${name}=${JSON.stringify(present[name])} is invalid: expected ${issue.message}`;
      }),
    );
  }
  return Object.freeze(result.data);
};
