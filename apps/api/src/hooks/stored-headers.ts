import type { IncomingHttpHeaders } from 'node:http';

/**
 * Headers that carry credentials (Freshdesk's Basic auth holds the connector's secret in clear) or
 * nothing about the event: never stored, since IT reads the inbox rows in the admin screens.
 */
const NOT_STORED = new Set(['authorization', 'proxy-authorization', 'cookie', 'connection', 'keep-alive', 'content-length']);

/** The headers kept with an inbox row, names lower-cased, repeated values joined as HTTP does. */
export function storedHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const stored: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_STORED.has(name)) continue;
    stored[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return stored;
}
