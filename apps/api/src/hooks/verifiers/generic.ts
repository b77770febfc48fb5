import { createHash } from 'node:crypto';

import {
  type HookRejection,
  reject,
  signatureInvalid,
  signatureMissing,
  timestampInvalid,
  timestampOutOfTolerance,
} from '../hook-answers.js';
import { jsonArraySlices } from './json-array-slices.js';
import {
  anySecretSigns,
  base64Bytes,
  header,
  hmac,
  type HookItem,
  isJsonObject,
  type WebhookVerifier,
  withinTolerance,
} from './verifier.js';

const BATCH_TYPE = 'application/cloudevents-batch+json';
/** What each stored row holds: one structured-mode event, whatever the delivery was. */
const EVENT_TYPE = 'application/cloudevents+json';
const MAX_EXTERNAL_ID = 500;

/**
 * The generic connector: Standard Webhooks signatures over CloudEvents 1.0 structured JSON.
 * https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md —
 * `webhook-signature` lists `v1,<base64 HMAC-SHA256(key, "${webhook-id}.${webhook-timestamp}.${body}")>`
 * (space-separated, several while a sender rotates), the key being the base64 after `whsec_`;
 * `webhook-timestamp` in seconds, refused beyond 5 minutes either way.
 * https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/formats/json-format.md — a single
 * event, or a batch (`application/cloudevents-batch+json`, or simply a JSON array). Each event is
 * its own inbox row keyed `ce:${source}:${id}` (CloudEvents: source + id identify an event).
 */
export const genericVerifier: WebhookVerifier = {
  verify(req, secrets, now) {
    const id = header(req, 'webhook-id');
    const timestamp = header(req, 'webhook-timestamp');
    const given = header(req, 'webhook-signature');
    if (given === undefined) return signatureMissing('webhook-signature');
    if (id === undefined) return signatureMissing('webhook-id');
    if (timestamp === undefined || !/^\d{1,12}$/.test(timestamp)) return timestampInvalid('webhook-timestamp');
    if (!withinTolerance(Number(timestamp) * 1000, now)) return timestampOutOfTolerance('webhook-timestamp');
    const signatures = given
      .split(' ')
      .filter((entry) => entry.startsWith('v1,'))
      .map((entry) => base64Bytes(entry.slice(3)))
      .filter((bytes): bytes is Buffer => bytes !== undefined);
    const ok = anySecretSigns(secrets, signatures, (secret) => hmac('sha256', signingKey(secret), `${id}.${timestamp}.`, req.raw));
    return ok ? undefined : signatureInvalid('webhook-signature');
  },
  items(req, payload) {
    const contentType = header(req, 'content-type')?.split(';')[0]?.trim().toLowerCase();
    if (Array.isArray(payload)) {
      const raws = jsonArraySlices(req.raw);
      const items: HookItem[] = [];
      for (const [index, event] of payload.entries()) {
        // The slices always line up with the parsed array; the fallback only guards the scanner.
        const raw = raws.length === payload.length ? raws[index]! : Buffer.from(JSON.stringify(event));
        const item = eventItem(event, raw, `CloudEvent #${index + 1} of the batch`);
        if ('code' in item) return item;
        items.push(item);
      }
      return { items, batch: true };
    }
    if (contentType === BATCH_TYPE) return reject(400, 'CLOUDEVENT_INVALID', 'A CloudEvents batch must be a JSON array.');
    const item = eventItem(payload, req.raw, 'The CloudEvent');
    return 'code' in item ? item : { items: [item], batch: false };
  },
};

/** Standard Webhooks secrets are `whsec_` + base64 of the key bytes. */
const signingKey = (secret: string): Buffer => Buffer.from(secret.startsWith('whsec_') ? secret.slice(6) : secret, 'base64');

const REQUIRED = ['id', 'source', 'type'] as const;

function eventItem(event: unknown, raw: Buffer, what: string): HookItem | HookRejection {
  if (!isJsonObject(event)) return reject(400, 'CLOUDEVENT_INVALID', `${what} is not a JSON object.`);
  if (event['specversion'] === undefined) return reject(400, 'CLOUDEVENT_INVALID', `${what} has no "specversion".`, 'specversion');
  if (event['specversion'] !== '1.0') {
    return reject(400, 'CLOUDEVENT_INVALID', `${what} has "specversion" other than "1.0".`, 'specversion');
  }
  for (const field of REQUIRED) {
    const value = event[field];
    if (typeof value !== 'string' || value === '') {
      return reject(400, 'CLOUDEVENT_INVALID', `${what} needs "${field}" as a non-empty string.`, field);
    }
  }
  return { externalId: cloudEventKey(event['source'] as string, event['id'] as string), raw, contentType: EVENT_TYPE };
}

/** `ce:${source}:${id}`, or a digest of it when it would not fit the inbox's 500-character key. */
export function cloudEventKey(source: string, id: string): string {
  const key = `ce:${source}:${id}`;
  if (key.length <= MAX_EXTERNAL_ID) return key;
  return `ce-sha256:${createHash('sha256')
    .update(JSON.stringify([source, id]))
    .digest('hex')}`;
}
