/*
 * What an address at MAIL_DOMAIN names: a space (`<slug>@`) or a reply to a post (`reply+<token>@`).
 * Pure: the lookups (does the space exist, may the sender post there) come after.
 */

export type MailRecipient =
  | { readonly kind: 'space'; readonly slug: string }
  | { readonly kind: 'reply'; readonly token: string }
  | { readonly kind: 'other-domain' }
  | { readonly kind: 'invalid' };

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export const parseRecipient = (address: string, mailDomain: string): MailRecipient => {
  const at = address.lastIndexOf('@');
  if (at <= 0) return { kind: 'invalid' };
  const local = address.slice(0, at).toLowerCase();
  const domain = address.slice(at + 1).toLowerCase();
  if (domain !== mailDomain.toLowerCase()) return { kind: 'other-domain' };
  if (local.startsWith('reply+')) return { kind: 'reply', token: local.slice('reply+'.length) };
  return SLUG.test(local) ? { kind: 'space', slug: local } : { kind: 'invalid' };
};

/** The address a reply token is used at. */
export const replyAddress = (token: string, mailDomain: string): string => `reply+${token}@${mailDomain}`;

export const normaliseAddress = (address: string | null | undefined): string | null => {
  const trimmed = address?.trim().toLowerCase();
  return trimmed ? trimmed : null;
};
