import { createHash } from 'node:crypto';

import type { AddressObject, Attachment, ParsedMail } from 'mailparser';

import { normaliseAddress } from './mail-address.js';
import type { AutomationHeaders } from './mail-classify.js';

/*
 * Reading what the handler and the SMTP checks need out of a mailparser result, in one place.
 */

const headerText = (parsed: ParsedMail, name: string): string | undefined => {
  const value = parsed.headers.get(name);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(String).join(', ');
  // Address headers carry their decoded text; structured ones (Content-Type) their value.
  if (typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text);
  if (typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return String(value);
};

export const automationHeaders = (parsed: ParsedMail): AutomationHeaders => {
  const contentType = parsed.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  return {
    contentType: contentType?.value,
    reportType: contentType?.params?.['report-type'],
    autoSubmitted: headerText(parsed, 'auto-submitted'),
    xAutoreply: headerText(parsed, 'x-autoreply'),
    xAutorespond: headerText(parsed, 'x-autorespond'),
    precedence: headerText(parsed, 'precedence'),
  };
};

/** The author's address: the first address of From, lower-cased. */
export const fromAddress = (parsed: ParsedMail): string | null => normaliseAddress(parsed.from?.value[0]?.address);

const addressesOf = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : [])
    .flatMap((object) => object.value)
    .flatMap((entry) => [entry.address, ...(entry.group ?? []).map((member) => member.address)])
    .map(normaliseAddress)
    .filter((address): address is string => address !== null);

/** Where a message was sent, for mail with no SMTP envelope (IMAP): delivery headers first, then To and Cc. */
export const addressedTo = (parsed: ParsedMail): string[] => {
  const delivered = ['delivered-to', 'x-original-to', 'envelope-to']
    .map((name) => headerText(parsed, name))
    .flatMap((value) => (value ? value.split(',') : []))
    .map((value) => normaliseAddress(value.replace(/^.*<|>.*$/g, '')))
    .filter((address): address is string => address !== null);
  return [...new Set([...delivered, ...addressesOf(parsed.to), ...addressesOf(parsed.cc)])];
};

/** The Message-IDs this message answers, the most direct first (In-Reply-To, then References from the newest). */
export const referencedIds = (parsed: ParsedMail): string[] => {
  const references = Array.isArray(parsed.references) ? parsed.references : parsed.references ? parsed.references.split(/\s+/) : [];
  const ids = [...(parsed.inReplyTo ? parsed.inReplyTo.split(/\s+/) : []), ...[...references].reverse()];
  return [...new Set(ids.map((id) => id.trim()).filter((id) => id.length > 0 && id.length <= 500))];
};

/** `<Message-ID or sha256 of the raw message>|<recipient>`: one inbox row per recipient address. */
export const externalIdOf = (parsed: ParsedMail, raw: Buffer, recipient: string): string => {
  const id = parsed.messageId?.trim();
  const base =
    id && id.length <= 300
      ? id
      : `sha256:${createHash('sha256')
          .update(id && id.length > 300 ? id : raw)
          .digest('hex')}`;
  return `${base}|${recipient.toLowerCase()}`;
};

/** What the inbox row keeps besides the raw message: the envelope and the headers people look for. */
export const storedHeaders = (parsed: ParsedMail, envelope: { mailFrom: string; rcptTo: string; remoteAddress?: string }) => {
  const headers: Record<string, string> = { 'mail-from': envelope.mailFrom, 'rcpt-to': envelope.rcptTo };
  if (envelope.remoteAddress) headers['remote-address'] = envelope.remoteAddress;
  for (const name of [
    'from',
    'to',
    'cc',
    'reply-to',
    'subject',
    'date',
    'message-id',
    'in-reply-to',
    'references',
    'auto-submitted',
    'precedence',
  ]) {
    const value = headerText(parsed, name);
    if (value) headers[name] = value.slice(0, 2_000);
  }
  const contentType = automationHeaders(parsed).contentType;
  if (contentType) headers['content-type'] = contentType;
  return headers;
};

export interface StorableFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

// Path separators and control characters never reach a disk or a Content-Disposition header.
const safeName = (name: string): string =>
  [...name]
    .map((char) => (char.charCodeAt(0) < 0x20 || char === '\u007f' || char === '/' || char === '\\' ? '_' : char))
    .join('')
    .trim()
    .slice(0, 255);

/**
 * Files worth listing on the post: every non-empty part mailparser calls an attachment, except
 * nameless text renderings of the body (e.g. Apple's text/watch-html alternative).
 */
export const filesOf = (parsed: ParsedMail): StorableFile[] =>
  parsed.attachments
    .filter((part: Attachment) => part.content.length > 0 && !(!part.filename && part.contentType.startsWith('text/')))
    .map((part) => ({
      filename: safeName(part.filename ?? '') || (part.contentType === 'message/rfc822' ? 'message.eml' : 'attachment'),
      contentType: part.contentType || 'application/octet-stream',
      content: part.content,
    }));
