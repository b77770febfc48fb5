import { bodyNotObject, signatureInvalid, signatureMissing, timestampInvalid, timestampOutOfTolerance } from '../hook-answers.js';
import {
  anySecretSigns,
  base64Bytes,
  bodyDigest,
  header,
  hmac,
  isJsonObject,
  singleItem,
  topLevelId,
  type WebhookVerifier,
  withinTolerance,
} from './verifier.js';

const TIMESTAMP = 'x-front-request-timestamp';

/**
 * Front signs in two documented ways, both in `X-Front-Signature` (base64):
 * - application webhooks: HMAC-SHA256(app signing key, `${X-Front-Request-Timestamp}:` + body), the
 *   timestamp in milliseconds — checked against the 5-minute window Front recommends;
 *   https://dev.frontapp.com/docs/application-webhooks, https://dev.frontapp.com/docs/security-1
 * - rule webhooks: HMAC-SHA1(API secret, body), no timestamp; https://dev.frontapp.com/docs/rule-webhooks
 * The timestamp header selects the scheme. An event's `id` (`evt_…`) is the idempotency key.
 */
export const frontVerifier: WebhookVerifier = {
  verify(req, secrets, now) {
    const given = header(req, 'x-front-signature');
    if (given === undefined) return signatureMissing('X-Front-Signature');
    const signature = base64Bytes(given);
    const timestamp = header(req, TIMESTAMP);
    if (timestamp === undefined) {
      const ok = signature && anySecretSigns(secrets, [signature], (secret) => hmac('sha1', secret, req.raw));
      return ok ? undefined : signatureInvalid('X-Front-Signature');
    }
    if (!/^\d{1,16}$/.test(timestamp)) return timestampInvalid('X-Front-Request-Timestamp');
    if (!withinTolerance(Number(timestamp), now)) return timestampOutOfTolerance('X-Front-Request-Timestamp');
    const ok = signature && anySecretSigns(secrets, [signature], (secret) => hmac('sha256', secret, `${timestamp}:`, req.raw));
    return ok ? undefined : signatureInvalid('X-Front-Signature');
  },
  items(req, payload) {
    if (!isJsonObject(payload)) return bodyNotObject();
    const id = topLevelId(payload);
    return singleItem(req, id === undefined ? bodyDigest(req.raw) : id);
  },
  // Saving an application webhook in Front sends a signed `sync` request with a challenge to echo.
  handshake(req) {
    const challenge = header(req, 'x-front-challenge');
    return challenge === undefined ? undefined : { challenge };
  },
};
