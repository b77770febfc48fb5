import type { ConnectorActor, ConnectorMappingResult, NormalisedConnectorEvent } from './types.js';

// Narrow readers over untrusted JSON: they never throw, they return null for the wrong shape.
export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(value: unknown, key: string): Json | null {
  if (!isObject(value)) return null;
  const v = value[key];
  return isObject(v) ? v : null;
}

export function str(value: unknown, key: string): string | null {
  if (!isObject(value)) return null;
  const v = value[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

export function num(value: unknown, key: string): number | null {
  if (!isObject(value)) return null;
  const v = value[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function nonEmpty(s: string | null | undefined): string | null {
  return s !== null && s !== undefined && s.trim() !== '' ? s : null;
}

/** ISO string from an ISO-ish date string; null when unparseable. */
export function isoFromString(s: string | null): string | null {
  if (s === null) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** ISO string from a Unix time in seconds (may be fractional) or milliseconds. */
export function isoFromEpoch(n: number | null, unit: 's' | 'ms'): string | null {
  if (n === null) return null;
  const d = new Date(unit === 's' ? Math.round(n * 1000) : n);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function emailDomain(email: string | null): string | null {
  if (email === null) return null;
  const at = email.lastIndexOf('@');
  const domain =
    at >= 0
      ? email
          .slice(at + 1)
          .trim()
          .toLowerCase()
      : '';
  return domain !== '' ? domain : null;
}

/**
 * User-provided text as a markdown blockquote. Each line is prefixed with "> " so it cannot
 * break out into headings or lists of our own; the API's sanitiser handles any embedded HTML.
 */
export function quote(text: string | null): string {
  const t = nonEmpty(text);
  if (t === null) return '';
  return t
    .replace(/\r\n?/g, '\n')
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** Inline user text (titles, names) stripped of line breaks and markdown-significant characters escaped. */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

export function actor(name: string | null, login: string | null, email: string | null): ConnectorActor | null {
  const a = { name: nonEmpty(name), login: nonEmpty(login), email: nonEmpty(email) };
  return a.name === null && a.login === null && a.email === null ? null : a;
}

export function joinBody(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('\n\n');
}

export const ignored = (reason: string): ConnectorMappingResult => ({ kind: 'ignored', reason });
export const invalid = (reason: string): ConnectorMappingResult => ({ kind: 'invalid', reason });
export const mapped = (event: NormalisedConnectorEvent): ConnectorMappingResult => ({ kind: 'event', event });
