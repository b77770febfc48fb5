import { DomainError } from '@chantier/domain';
import { describe, expect, it } from '@jest/globals';

import { MASK, maskConnectorSettings, validateConnectorSettings } from './connector-settings.js';

describe('maskConnectorSettings', () => {
  it.each(['password', 'apiToken', 'clientSecret', 'api_key', 'APIKEY'])('masks %s', (key) => {
    expect(maskConnectorSettings({ [key]: 'hunter2', host: 'imap.example.test' })).toEqual({ [key]: MASK, host: 'imap.example.test' });
  });

  it('leaves an unset sensitive value unset, so the screen can tell "none" from "hidden"', () => {
    expect(maskConnectorSettings({ token: null })).toEqual({ token: null });
  });
});

describe('validateConnectorSettings', () => {
  it('gives a webhook connector empty settings when none are sent', () => {
    expect(validateConnectorSettings('GENERIC', null)).toEqual({});
  });

  it('keeps a flat object of scalars for a webhook connector', () => {
    expect(validateConnectorSettings('FRESHDESK', { domain: 'acme.freshdesk.com', verbose: true, limit: 3 })).toEqual({
      domain: 'acme.freshdesk.com',
      verbose: true,
      limit: 3,
    });
  });

  it.each([
    ['a string', 'x', 'settings'],
    ['a nested value', { a: [1] }, 'settings.a'],
  ])('refuses %s with INVALID_CONNECTOR_SETTINGS', (_label, settings, field) => {
    expect(() => validateConnectorSettings('GENERIC', settings)).toThrow(DomainError);
    try {
      validateConnectorSettings('GENERIC', settings);
    } catch (error) {
      expect(error).toMatchObject({ reason: 'INVALID_CONNECTOR_SETTINGS', details: { field } });
    }
  });

  it('fills the IMAP defaults', () => {
    expect(validateConnectorSettings('IMAP', { host: 'imap.example.test', user: 'u', password: 'p' })).toEqual({
      host: 'imap.example.test',
      port: 993,
      secure: true,
      user: 'u',
      password: 'p',
      mailbox: 'INBOX',
    });
  });
});
