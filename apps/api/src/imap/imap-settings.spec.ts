import { describe, expect, it } from '@jest/globals';

import { describeImapError } from './imap-errors.js';
import { validateImapSettings } from './imap-settings.js';

const base = { host: 'imap.example.test', user: 'support', password: 'hunter2' };

describe('validateImapSettings', () => {
  it('fills in TLS, its port and INBOX', () => {
    expect(validateImapSettings(base)).toEqual({ ...base, secure: true, port: 993, mailbox: 'INBOX' });
  });

  it('takes port 143 without TLS, and an explicit port and mailbox as given', () => {
    expect(validateImapSettings({ ...base, secure: false })).toMatchObject({ port: 143 });
    expect(validateImapSettings({ ...base, port: 1143, mailbox: 'Support' })).toMatchObject({ port: 1143, mailbox: 'Support' });
  });

  it.each([
    ['a missing host', { user: 'u', password: 'p' }, 'settings.host'],
    ['an empty password', { ...base, password: '' }, 'settings.password'],
    ['port 0', { ...base, port: 0 }, 'settings.port'],
    ['port 70000', { ...base, port: 70_000 }, 'settings.port'],
    ['a port given as text', { ...base, port: '993' }, 'settings.port'],
    ['secure given as text', { ...base, secure: 'yes' }, 'settings.secure'],
    ['an empty mailbox', { ...base, mailbox: ' ' }, 'settings.mailbox'],
    ['an unknown key', { ...base, tls: 'maybe' }, 'settings'],
    ['no object at all', 'imap://x', 'settings'],
  ])('refuses %s with INVALID_CONNECTOR_SETTINGS naming the field', (_name, settings, field) => {
    expect(() => validateImapSettings(settings)).toThrow(
      expect.objectContaining({ reason: 'INVALID_CONNECTOR_SETTINGS', details: { field } }),
    );
  });

  it('never repeats the password in its message', () => {
    expect(() => validateImapSettings({ ...base, password: 'x'.repeat(1_001) })).toThrow(
      expect.not.objectContaining({ message: expect.stringContaining('xxxx') }),
    );
  });
});

describe('describeImapError', () => {
  const at = { host: 'imap.example.test', port: 993, mailbox: 'INBOX' };
  it.each([
    [
      { authenticationFailed: true, responseText: 'Authentication failed.' },
      'authentication failed at imap.example.test:993: Authentication failed.',
    ],
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, 'connection refused by imap.example.test:993'],
    [{ code: 'ENOTFOUND' }, 'host not found: imap.example.test'],
    [{ code: 'CONNECT_TIMEOUT' }, 'no answer from imap.example.test:993 (timed out)'],
    [
      { serverResponseCode: 'NONEXISTENT', responseText: 'Mailbox does not exist.' },
      'mailbox "INBOX" does not exist at imap.example.test:993: Mailbox does not exist.',
    ],
    [new Error('something else'), 'something else'],
    ['a string', 'a string'],
  ])('says %j as something IT can act on', (error, expected) => {
    expect(describeImapError(error, at)).toBe(expected);
  });
});
