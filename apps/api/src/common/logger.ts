import type { LoggerService } from '@nestjs/common';
import { pino } from 'pino';

/** One pino logger for the process; Nest's own messages go through it too. */
export const logger = pino({ level: process.env.LOG_LEVEL || 'info', base: undefined });

export class PinoNestLogger implements LoggerService {
  log(message: unknown, context?: string) {
    logger.debug({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    logger.trace({ context }, String(message));
  }
}
