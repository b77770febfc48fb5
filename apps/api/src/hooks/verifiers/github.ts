import { bodyNotObject, reject, signatureInvalid, signatureMissing } from '../hook-answers.js';
import { anySecretSigns, header, hmac, isJsonObject, prefixedHex, singleItem, type WebhookVerifier } from './verifier.js';

const SIGNATURE = 'x-hub-signature-256';

/**
 * GitHub: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, body)>`; the delivery id is the
 * `X-GitHub-Delivery` GUID, the same on every redelivery.
 * https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
 * https://docs.github.com/en/webhooks/webhook-events-and-payloads#delivery-headers
 * GitHub always sends `X-GitHub-Delivery` and `X-GitHub-Event`, so a signed request without them is
 * not GitHub's: refused (400) rather than stored under a guessed key the processor cannot map.
 */
export const githubVerifier: WebhookVerifier = {
  verify(req, secrets) {
    const given = header(req, SIGNATURE);
    if (given === undefined) return signatureMissing('X-Hub-Signature-256');
    const signature = prefixedHex(given, 'sha256=');
    if (!signature || !anySecretSigns(secrets, [signature], (secret) => hmac('sha256', secret, req.raw))) {
      return signatureInvalid('X-Hub-Signature-256');
    }
    return undefined;
  },
  items(req, payload) {
    if (!isJsonObject(payload)) return bodyNotObject();
    const delivery = header(req, 'x-github-delivery');
    if (delivery === undefined) return reject(400, 'DELIVERY_ID_MISSING', 'The X-GitHub-Delivery header is missing.');
    if (header(req, 'x-github-event') === undefined) return reject(400, 'EVENT_TYPE_MISSING', 'The X-GitHub-Event header is missing.');
    return singleItem(req, delivery);
  },
};
