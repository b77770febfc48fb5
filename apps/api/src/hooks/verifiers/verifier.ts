import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

import type { HookRejection } from '../hook-answers.js';

/** One delivery as received: header names lower-cased (as Node gives them) and the exact body bytes. */
export interface HookRequest {
  readonly headers: IncomingHttpHeaders;
  readonly raw: Buffer;
}

/** One inbox row to write: its idempotency key and the bytes the processor will map. */
export interface HookItem {
  readonly externalId: string;
  readonly raw: Buffer;
  /** Overrides the stored content-type when `raw` is not the whole body (one event out of a batch). */
  readonly contentType?: string;
}

export interface HookItems {
  readonly items: readonly HookItem[];
  /** A batch answers `{ ids }`, a single delivery `{ id }`. */
  readonly batch: boolean;
}

/**
 * One source's scheme. `verify` checks authenticity only (constant-time, every secret in turn, so a
 * rotated secret keeps working through its grace period); `items` runs after it, on the parsed JSON,
 * and names what to store. Nothing about routing or mapping: the processor maps the stored raw.
 */
export interface WebhookVerifier {
  verify(req: HookRequest, secrets: readonly string[], now: Date): HookRejection | undefined;
  items(req: HookRequest, payload: unknown): HookItems | HookRejection;
  /** A set-up handshake to answer instead of storing anything (Front's `x-front-challenge`). */
  handshake?(req: HookRequest): Record<string, unknown> | undefined;
}

export const TOLERANCE_MS = 5 * 60 * 1000;

/** The first value of a header, trimmed; undefined when absent or empty. */
export const header = (req: HookRequest, name: string): string | undefined => {
  const value = req.headers[name];
  const first = (Array.isArray(value) ? value[0] : value)?.trim();
  return first ? first : undefined;
};

export const hmac = (algorithm: 'sha1' | 'sha256', key: string | Buffer, ...parts: (string | Buffer)[]): Buffer => {
  const mac = createHmac(algorithm, key);
  for (const part of parts) mac.update(part);
  return mac.digest();
};

/**
 * Constant-time comparison of a digest we computed with one the sender gave. The length is not
 * secret (every digest of an algorithm has the same), so a length mismatch may return at once.
 */
export const sameBytes = (expected: Buffer, given: Buffer): boolean => expected.length === given.length && timingSafeEqual(expected, given);

/** Whether any secret, through `sign`, produces one of the given signatures. */
export const anySecretSigns = (secrets: readonly string[], given: readonly Buffer[], sign: (secret: string) => Buffer): boolean => {
  let matched = false;
  for (const secret of secrets) {
    const expected = sign(secret);
    for (const signature of given) if (sameBytes(expected, signature)) matched = true;
  }
  return matched;
};

const HEX = /^[0-9a-f]+$/i;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** `prefix<hex>` → bytes, or undefined when the header does not have that shape. */
export const prefixedHex = (value: string, prefix: string): Buffer | undefined => {
  if (!value.toLowerCase().startsWith(prefix)) return undefined;
  const hex = value.slice(prefix.length);
  return hex.length % 2 === 0 && HEX.test(hex) ? Buffer.from(hex, 'hex') : undefined;
};

export const base64Bytes = (value: string): Buffer | undefined => (BASE64.test(value) ? Buffer.from(value, 'base64') : undefined);

/** The idempotency key of a source that sends no delivery id: the same bytes are the same delivery. */
export const bodyDigest = (raw: Buffer): string => `sha256:${createHash('sha256').update(raw).digest('hex')}`;

export const withinTolerance = (timestampMs: number, now: Date): boolean => Math.abs(now.getTime() - timestampMs) <= TOLERANCE_MS;

export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-empty string or number `id` at the top of a payload (Front event ids, Intercom notification ids). */
export const topLevelId = (payload: Record<string, unknown>): string | undefined => {
  const id = payload['id'];
  if (typeof id === 'string' && id.trim() !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
};

/** Single-object payloads: one item, keyed by `externalId`, whose raw is the whole body. */
export const singleItem = (req: HookRequest, externalId: string): HookItems => ({ items: [{ externalId, raw: req.raw }], batch: false });
