import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

import { logger } from '../common/logger.js';
import { type HookRejection, reject, rejectionBody } from './hook-answers.js';

/** The largest webhook body accepted (GitHub caps its payloads at 25 MB, but ours are events, not files). */
export const HOOK_BODY_LIMIT = 1024 * 1024;

/**
 * `/hooks` needs the exact bytes the sender signed, whatever the content type (Freshdesk and Front
 * do not always say JSON). Mounted on `/hooks` before Nest's JSON parser, which then sees a body
 * already read and leaves it alone. Body-parser errors become JSON answers instead of express's
 * HTML page.
 */
export const hooksRawBody = (): [RequestHandler, (error: unknown, req: Request, res: Response, next: NextFunction) => void] => [
  express.raw({ type: () => true, limit: HOOK_BODY_LIMIT }),
  (error: unknown, req: Request, res: Response, next: NextFunction) => {
    const status = (error as { status?: unknown } | null)?.status;
    if (typeof status !== 'number') return next(error);
    const rejection = parserRejection(status);
    logger.info({ connectorId: req.path.replace(/^\//, ''), status: rejection.status, reason: rejection.code }, 'webhook delivery refused');
    res.status(rejection.status).json(rejectionBody(rejection));
  },
];

function parserRejection(status: number): HookRejection {
  if (status === 413) return reject(413, 'BODY_TOO_LARGE', 'The body is larger than 1 MiB.');
  if (status === 415)
    return reject(415, 'CONTENT_ENCODING_UNSUPPORTED', 'The Content-Encoding is not supported: send gzip, deflate, br or none.');
  return reject(400, 'BODY_UNREADABLE', 'The body could not be read completely.');
}
