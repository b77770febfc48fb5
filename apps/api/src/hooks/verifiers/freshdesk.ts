import { createHash } from 'node:crypto';

import { bodyNotObject, signatureInvalid, signatureMissing } from '../hook-answers.js';
import { bodyDigest, header, isJsonObject, sameBytes, singleItem, type WebhookVerifier } from './verifier.js';

/**
 * Freshdesk automation webhooks are not signed; their "Requires authentication" option sends HTTP
 * Basic credentials, either a username and password or an API key (sent as `<key>:X`). The
 * connector's secret goes in either place: it is accepted as the password or as the username.
 * https://support.freshdesk.com/support/solutions/articles/132589-using-webhooks-in-automation-rules
 * (set-up steps in docs/connectors/webhook-sources.md). Payloads carry no delivery id: the body's
 * digest is the idempotency key.
 */
export const freshdeskVerifier: WebhookVerifier = {
  verify(req, secrets) {
    const authorization = header(req, 'authorization');
    if (authorization === undefined) return signatureMissing('Authorization');
    const match = /^basic\s+([A-Za-z0-9+/]+={0,2})$/i.exec(authorization);
    if (!match) return signatureInvalid('Authorization');
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return signatureInvalid('Authorization');
    // Compare digests, not the strings: equal lengths whatever was sent, so timingSafeEqual applies.
    const candidates = [decoded.slice(0, colon), decoded.slice(colon + 1)].map(sha256);
    let matched = false;
    for (const secret of secrets) {
      const expected = sha256(secret);
      for (const candidate of candidates) if (sameBytes(expected, candidate)) matched = true;
    }
    return matched ? undefined : signatureInvalid('Authorization');
  },
  items(req, payload) {
    if (!isJsonObject(payload)) return bodyNotObject();
    return singleItem(req, bodyDigest(req.raw));
  },
};

const sha256 = (value: string): Buffer => createHash('sha256').update(value).digest();
