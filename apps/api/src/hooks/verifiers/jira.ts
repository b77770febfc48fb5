import { bodyNotObject, signatureInvalid, signatureMissing } from '../hook-answers.js';
import { anySecretSigns, bodyDigest, header, hmac, isJsonObject, prefixedHex, singleItem, type WebhookVerifier } from './verifier.js';

/**
 * Jira Cloud admin webhooks registered with a secret: `X-Hub-Signature: sha256=<hex HMAC-SHA256>`
 * of the raw body (WebSub's `method=signature` form).
 * https://developer.atlassian.com/cloud/jira/platform/webhooks/#secure-admin-webhooks
 * Retries carry the same `X-Atlassian-Webhook-Identifier`; without it (older senders) the same
 * bytes are the same delivery — Jira payloads carry no delivery id of their own.
 */
export const jiraVerifier: WebhookVerifier = {
  verify(req, secrets) {
    const given = header(req, 'x-hub-signature');
    if (given === undefined) return signatureMissing('X-Hub-Signature');
    const signature = prefixedHex(given, 'sha256=');
    if (!signature || !anySecretSigns(secrets, [signature], (secret) => hmac('sha256', secret, req.raw))) {
      return signatureInvalid('X-Hub-Signature');
    }
    return undefined;
  },
  items(req, payload) {
    if (!isJsonObject(payload)) return bodyNotObject();
    const identifier = header(req, 'x-atlassian-webhook-identifier');
    return singleItem(req, identifier === undefined ? bodyDigest(req.raw) : identifier);
  },
};
