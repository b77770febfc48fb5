import { startServer } from './bootstrap.js';
import { logger } from './common/logger.js';
import { EnvError, parseEnv } from './config/env.schema.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './seed/demo-seed.js';

const main = async () => {
  const env = parseEnv(process.env);
  const started = performance.now();
  const server = await startServer(env);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info({ url: server.url, seconds, seeded: server.seeded, workerOnly: env.WORKER_ONLY }, 'Chantier is up');
  if (env.WORKER_ONLY) console.log(`\n  Chantier worker is running (started in ${seconds} s)\n`);
  else console.log(`\n  Chantier is ready at ${server.url}  (started in ${seconds} s)\n`);
  if (env.NODE_ENV !== 'production' && !env.WORKER_ONLY) {
    console.log(`  Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const { email, role } of DEMO_LOGINS) console.log(`    ${email.padEnd(32)} ${role}`);
    console.log('');
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
};

main().catch((error: unknown) => {
  if (error instanceof EnvError) console.error(error.message);
  else console.error('Chantier could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
