import { describe, expect, it } from '@jest/globals';

import { DomainError } from '../errors/index.js';
import { validateConnectorSecret } from './connector-secret.js';

const reasonOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.reason : 'not a DomainError';
  }
};

describe('validateConnectorSecret', () => {
  it.each([
    ['INTERCOM', 'a1b2c3d4e5f6a7b8'],
    ['FRONT', 'x'.repeat(256)],
    ['GITHUB', 'Sp3c!al~chars#ok'],
    ['GENERIC', `whsec_${Buffer.alloc(24, 1).toString('base64')}`],
    ['GENERIC', `whsec_${Buffer.alloc(64, 1).toString('base64')}`],
  ])('accepts a %s secret %#', (kind, secret) => {
    expect(validateConnectorSecret(kind, secret)).toBe(secret);
  });

  it.each([
    ['INTERCOM', 'a'.repeat(15)],
    ['FRONT', 'x'.repeat(257)],
    ['JIRA', 'has a space in it!!'],
    ['JIRA', 'accentué-secret-123'],
    ['GENERIC', 'plain-secret-without-prefix'],
    ['GENERIC', `whsec_${Buffer.alloc(23, 1).toString('base64')}`],
    ['GENERIC', `whsec_${Buffer.alloc(65, 1).toString('base64')}`],
    ['GENERIC', 'whsec_not base64!'],
    ['IMAP', 'imap-has-no-secret-at-all'],
  ])('refuses a %s secret %# with INVALID_CONNECTOR_SECRET', (kind, secret) => {
    expect(reasonOf(() => validateConnectorSecret(kind, secret))).toBe('INVALID_CONNECTOR_SECRET');
  });
});
