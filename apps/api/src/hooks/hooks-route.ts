import type { IncomingMessage, Server, ServerResponse } from 'node:http';

import { logger } from '../common/logger.js';
import { isRejection, rejectionBody } from './hook-answers.js';
import { readHookBody } from './hook-body.js';
import type { HookAnswer, HooksService } from './hooks.service.js';

const HOOK_PATH = /^\/hooks\/([^/?#]+)\/?(?:\?.*)?$/;

/**
 * `POST /hooks/:connectorId` — webhooks in — answered straight from node:http, ahead of Express
 * and Nest. A delivery needs none of their layers (no session, no guard, no JSON parsing: the
 * signature covers the raw bytes), and at a thousand deliveries a second those layers cost more
 * CPU than the verification and the inbox write together (docs/PERFORMANCE.md, webhook ingestion).
 * Every other request, /hooks included for other methods, goes on to the listeners already there.
 */
export const routeHooksAhead = (server: Server, hooks: HooksService): void => {
  const others = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const match = req.method === 'POST' ? HOOK_PATH.exec(req.url ?? '') : null;
    if (match) return void receive(hooks, match[1]!, req, res);
    for (const listener of others) listener.call(server, req, res);
  });
};

const receive = async (hooks: HooksService, encodedId: string, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  let connectorId = encodedId;
  try {
    connectorId = decodeURIComponent(encodedId);
    const raw = await readHookBody(req);
    if (isRejection(raw)) {
      logger.info({ connectorId, status: raw.status, reason: raw.code }, 'webhook delivery refused');
      return answer(res, { status: raw.status, body: rejectionBody(raw) });
    }
    answer(res, await hooks.receive(connectorId, { headers: req.headers, raw }));
  } catch (error) {
    // The sender retries a 5xx, and nothing was acknowledged: nothing is lost.
    logger.error({ err: error, connectorId }, 'webhook delivery failed');
    answer(res, { status: 500, body: { code: 'INTERNAL_ERROR', message: 'The delivery could not be stored: retry later.' } });
  }
};

const answer = (res: ServerResponse, { status, body }: HookAnswer): void => {
  if (res.headersSent) return;
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
};
