import { DomainError } from '../errors/index.js';

/**
 * A signing secret IT pastes in because the sender issues it (Intercom's client secret, Front's
 * signing key, a Jira or GitHub secret already configured there). GENERIC follows Standard
 * Webhooks: `whsec_` + base64 of 24 to 64 key bytes. The others are opaque: 16 to 256 visible
 * ASCII characters, no spaces. IMAP connectors verify nothing and take none.
 */
export const validateConnectorSecret = (kind: string, secret: string, field = 'secret'): string => {
  const fail = (message: string) => new DomainError('INVALID_CONNECTOR_SECRET', message, { field });
  if (kind === 'IMAP') throw fail('An IMAP connector has no signing secret.');
  if (kind === 'GENERIC') {
    const match = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(secret);
    const bytes = match ? Buffer.from(match[1]!, 'base64').length : 0;
    if (!match || bytes < 24 || bytes > 64) throw fail('A Standard Webhooks secret is "whsec_" followed by the base64 of 24 to 64 bytes.');
    return secret;
  }
  if (!/^[\x21-\x7e]{16,256}$/.test(secret)) throw fail('A signing secret has 16 to 256 visible ASCII characters and no spaces.');
  return secret;
};
