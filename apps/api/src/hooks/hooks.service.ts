import { Injectable } from '@nestjs/common';

import { logger } from '../common/logger.js';
import { ConnectorsRepository } from '../connectors/connectors.repository.js';
import type { InboundItem } from '../inbound/inbound.types.js';
import { InboxService } from '../inbound/inbox.service.js';
import { connectorNotFound, type HookRejection, isRejection, reject, rejectionBody } from './hook-answers.js';
import { storedHeaders } from './stored-headers.js';
import { verifierFor } from './verifiers/index.js';
import type { HookRequest } from './verifiers/verifier.js';

export interface HookAnswer {
  status: number;
  body: Record<string, unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `POST /hooks/:connectorId`: find the connector, check the delivery with its source's scheme,
 * store it in the inbox (one row per event) and answer only once that committed. Refused
 * deliveries leave no row; they are logged with the connector and the reason.
 */
@Injectable()
export class HooksService {
  constructor(
    private readonly connectors: ConnectorsRepository,
    private readonly inbox: InboxService,
  ) {}

  async receive(connectorId: string, req: HookRequest, now = new Date()): Promise<HookAnswer> {
    const connector = UUID.test(connectorId) ? await this.connectors.findForDelivery(connectorId) : undefined;
    const verifier = connector?.active ? verifierFor(connector.kind) : undefined;
    if (!connector || !verifier) return refused(connectorId, connectorNotFound());

    const rejection = verifier.verify(req, this.connectors.verificationSecrets(connector, now), now);
    if (rejection) return refused(connectorId, rejection);

    const handshake = verifier.handshake?.(req);
    if (handshake) return { status: 200, body: handshake };

    const payload = parseJson(req.raw);
    if (payload === NOT_JSON) return refused(connectorId, reject(400, 'BODY_NOT_JSON', 'The body is not valid JSON (UTF-8).'));
    const parsed = verifier.items(req, payload);
    if (isRejection(parsed)) return refused(connectorId, parsed);

    // A batch may repeat an event: store it once and answer its id in each place.
    const headers = storedHeaders(req.headers);
    const unique = new Map<string, InboundItem>();
    for (const item of parsed.items) {
      if (unique.has(item.externalId)) continue;
      unique.set(item.externalId, {
        connectorId: connector.id,
        source: connector.kind as InboundItem['source'],
        externalId: item.externalId,
        headers: item.contentType ? { ...headers, 'content-type': item.contentType } : headers,
        raw: item.raw,
      });
    }
    const accepted = unique.size === 0 ? [] : await this.inbox.accept([...unique.values()]);
    const idByExternalId = new Map([...unique.keys()].map((key, index) => [key, accepted[index]!]));
    const results = parsed.items.map((item) => idByExternalId.get(item.externalId)!);
    // 202: stored, processed later. 200: nothing new (a redelivery), same answer as the first time.
    const status = results.some((result) => !result.duplicate) ? 202 : 200;
    return parsed.batch ? { status, body: { ids: results.map((result) => result.id) } } : { status, body: { id: results[0]!.id } };
  }
}

const NOT_JSON = Symbol('not JSON');

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return NOT_JSON;
  }
}

function refused(connectorId: string, rejection: HookRejection): HookAnswer {
  logger.info({ connectorId, status: rejection.status, reason: rejection.code }, 'webhook delivery refused');
  return { status: rejection.status, body: rejectionBody(rejection) };
}
