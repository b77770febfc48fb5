import { bodyNotObject, signatureInvalid, signatureMissing } from '../hook-answers.js';
import {
  anySecretSigns,
  bodyDigest,
  header,
  hmac,
  isJsonObject,
  prefixedHex,
  singleItem,
  topLevelId,
  type WebhookVerifier,
} from './verifier.js';

/**
 * Intercom: `X-Hub-Signature: sha1=<hex HMAC-SHA1(app client secret, body)>`.
 * https://developers.intercom.com/intercom-api-reference/v1.0/reference/signed-notifications
 * A notification's `id` (`notif_…`) is the same on every retry; a body without one falls back to
 * its digest.
 */
export const intercomVerifier: WebhookVerifier = {
  verify(req, secrets) {
    const given = header(req, 'x-hub-signature');
    if (given === undefined) return signatureMissing('X-Hub-Signature');
    const signature = prefixedHex(given, 'sha1=');
    if (!signature || !anySecretSigns(secrets, [signature], (secret) => hmac('sha1', secret, req.raw))) {
      return signatureInvalid('X-Hub-Signature');
    }
    return undefined;
  },
  items(req, payload) {
    if (!isJsonObject(payload)) return bodyNotObject();
    const id = topLevelId(payload);
    return singleItem(req, id === undefined ? bodyDigest(req.raw) : id);
  },
};
