import 'reflect-metadata';

import { resolve } from 'node:path';

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { AppModule } from './app.module.js';
import { logger, PinoNestLogger } from './common/logger.js';
import type { Env } from './config/env.schema.js';
import { loadOrCreateSecrets } from './config/secrets.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { fillPool } from './database/fill-pool.js';
import { HooksService } from './hooks/hooks.service.js';
import { routeHooksAhead } from './hooks/hooks-route.js';
import { SmtpListener } from './mail-in/smtp-listener.js';
import { seedDemoConnectors } from './seed/demo-connectors.js';
import { seedDemoOrganisation } from './seed/demo-seed.js';
import { serveWebApp } from './web/serve-web-app.js';

export interface RunningServer {
  readonly app: NestExpressApplication;
  readonly url: string;
  /** Whether this start seeded the demo organisation. */
  readonly seeded: boolean;
  /** The port the inbound SMTP listener is bound to; null in a WORKER_ONLY process. */
  readonly smtpPort: number | null;
  close(): Promise<void>;
}

/**
 * Starts everything one process needs: the database (embedded unless DATABASE_URL is set),
 * migrations, the demo seed on an empty database, GraphQL, health and the web app.
 */
export const startServer = async (
  env: Env,
  options: { port?: number; smtpPort?: number; databaseUrl?: string } = {},
): Promise<RunningServer> => {
  logger.level = env.LOG_LEVEL;
  const secrets = await loadOrCreateSecrets(env.DATA_DIR);
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = options.databaseUrl ?? env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dir: resolve(env.DATA_DIR, 'pg'),
      database: 'chantier',
      password: secrets.postgresPassword,
      persistent: true,
      log: (line) => logger.debug({ component: 'postgres' }, line),
    });
    databaseUrl = embedded.url;
  }
  try {
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ env, databaseUrl, jwtSecret: env.JWT_SECRET ?? secrets.jwtSecret }),
      { logger: new PinoNestLogger(), bodyParser: true },
    );
    app.disable('x-powered-by');
    await fillPool(app.get(DataSource), env.DATABASE_POOL_SIZE).catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
    routeHooksAhead(app.getHttpServer(), app.get(HooksService));
    serveWebApp(app);
    const shouldSeed = env.SEED_DEMO ?? env.NODE_ENV === 'development';
    const seeded = shouldSeed && env.NODE_ENV !== 'production' ? await seedDemoOrganisation(app.get(DataSource)) : false;
    if (seeded) await seedDemoConnectors(app);
    if (env.WORKER_ONLY) await app.init();
    else await app.listen(options.port ?? env.PORT, '0.0.0.0');
    const address = app.getHttpServer().address() as { port: number } | null;
    const smtp = app.get(SmtpListener);
    const smtpPort = env.WORKER_ONLY
      ? null
      : await smtp.listen(options.smtpPort ?? env.SMTP_PORT).catch(async (error: unknown) => {
          await app.close();
          throw error;
        });
    return {
      app,
      seeded,
      smtpPort,
      url: address ? `http://localhost:${address.port}` : '',
      close: async () => {
        await smtp.close();
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
};
