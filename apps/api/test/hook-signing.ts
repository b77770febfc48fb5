import { createHmac, randomUUID } from 'node:crypto';

export type HookKind = 'GENERIC' | 'GITHUB' | 'JIRA' | 'FRESHDESK' | 'FRONT' | 'INTERCOM';

export interface SignOptions {
  now?: Date;
  /** The delivery id header where the source has one (GitHub, Jira, Standard Webhooks). */
  deliveryId?: string;
  /** GitHub's X-GitHub-Event. */
  event?: string;
  /** Front's rule-webhook scheme (HMAC-SHA1 of the body, no timestamp) instead of the application one. */
  frontLegacy?: boolean;
  contentType?: string;
}

const mac = (algorithm: 'sha1' | 'sha256', key: string | Buffer, ...parts: (string | Buffer)[]) => {
  const h = createHmac(algorithm, key);
  for (const part of parts) h.update(part);
  return h.digest();
};

/** The headers each source's real sender would put on `body`, signed with `secret` as its documented scheme says. */
export function signedHeaders(kind: HookKind, secret: string, body: Buffer | string, options: SignOptions = {}): Record<string, string> {
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const now = options.now ?? new Date();
  const json = { 'content-type': options.contentType ?? 'application/json' };
  switch (kind) {
    case 'GITHUB':
      return {
        ...json,
        'x-github-event': options.event ?? 'ping',
        'x-github-delivery': options.deliveryId ?? randomUUID(),
        'x-hub-signature-256': `sha256=${mac('sha256', secret, raw).toString('hex')}`,
      };
    case 'JIRA':
      return {
        ...json,
        ...(options.deliveryId ? { 'x-atlassian-webhook-identifier': options.deliveryId } : {}),
        'x-hub-signature': `sha256=${mac('sha256', secret, raw).toString('hex')}`,
      };
    case 'INTERCOM':
      return { ...json, 'x-hub-signature': `sha1=${mac('sha1', secret, raw).toString('hex')}` };
    case 'FRONT': {
      if (options.frontLegacy) return { ...json, 'x-front-signature': mac('sha1', secret, raw).toString('base64') };
      const timestamp = String(now.getTime());
      return {
        ...json,
        'x-front-request-timestamp': timestamp,
        'x-front-signature': mac('sha256', secret, `${timestamp}:`, raw).toString('base64'),
      };
    }
    case 'FRESHDESK':
      return { ...json, authorization: `Basic ${Buffer.from(`freshdesk:${secret}`).toString('base64')}` };
    case 'GENERIC': {
      const id = options.deliveryId ?? `msg_${randomUUID()}`;
      const timestamp = String(Math.floor(now.getTime() / 1000));
      const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
      return {
        'content-type': options.contentType ?? 'application/cloudevents+json',
        'webhook-id': id,
        'webhook-timestamp': timestamp,
        'webhook-signature': `v1,${mac('sha256', key, `${id}.${timestamp}.`, raw).toString('base64')}`,
      };
    }
  }
}

/** The header that carries each source's signature (what a "missing signature" test removes). */
export const SIGNATURE_HEADER: Record<HookKind, string> = {
  GENERIC: 'webhook-signature',
  GITHUB: 'x-hub-signature-256',
  JIRA: 'x-hub-signature',
  FRESHDESK: 'authorization',
  FRONT: 'x-front-signature',
  INTERCOM: 'x-hub-signature',
};

/** A valid CloudEvent for the generic connector. */
export const cloudEvent = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  specversion: '1.0',
  id: `evt-${randomUUID()}`,
  source: 'https://crm.example.com',
  type: 'chantier.thread.opened',
  subject: 'crm:OPP-1042',
  time: '2026-11-20T14:03:00Z',
  data: { title: 'Quote sent', body: 'The quote went out.' },
  ...overrides,
});
