import type { ImapSettings } from './imap-settings.js';

interface ImapFlowError {
  code?: string;
  authenticationFailed?: boolean;
  responseText?: string;
  serverResponseCode?: string;
  message?: string;
}

/**
 * A sentence IT can act on, stored as the connector's last error. Never includes the password
 * (imapflow's errors do not carry it either; the server's response text is kept).
 */
export const describeImapError = (error: unknown, settings: Pick<ImapSettings, 'host' | 'port' | 'mailbox'>): string => {
  const e = (typeof error === 'object' && error ? error : { message: String(error) }) as ImapFlowError;
  const where = `${settings.host}:${settings.port}`;
  const server = e.responseText ? `: ${e.responseText}` : '';
  if (e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED') return `authentication failed at ${where}${server}`;
  switch (e.code ?? '') {
    case 'ECONNREFUSED':
      return `connection refused by ${where}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host not found: ${settings.host}`;
    case 'ETIMEDOUT':
    case 'CONNECT_TIMEOUT':
    case 'GREETING_TIMEOUT':
      return `no answer from ${where} (timed out)`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `connection to ${where} was cut`;
    case 'NoConnection':
      return `connection to ${where} was closed`;
  }
  if (e.serverResponseCode === 'NONEXISTENT' || /doesn't exist|does not exist|unknown mailbox/i.test(e.responseText ?? ''))
    return `mailbox "${settings.mailbox}" does not exist at ${where}${server}`;
  return `${e.message ?? 'IMAP error'}${server && !e.message?.includes(e.responseText ?? '') ? server : ''}`;
};
