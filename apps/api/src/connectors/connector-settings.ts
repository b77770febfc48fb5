import { DomainError } from '@chantier/domain';
import { z } from 'zod';

import { validateImapSettings } from '../imap/imap-settings.js';
import type { ConnectorKind } from './connectors.repository.js';

/*
 * A connector's settings, checked per kind before they are stored, and masked before they are
 * shown: the API never sends a stored password or token back, even to the administrator who
 * typed it.
 */

const MAX_SETTINGS_BYTES = 8_192;

// The webhook kinds need nothing to work; what they accept is an optional, flat bag of scalars.
const webhookSettings = z.record(z.string().min(1).max(100), z.union([z.string().max(1_000), z.number(), z.boolean(), z.null()]));

const invalid = (field: string, problem: string) =>
  new DomainError('INVALID_CONNECTOR_SETTINGS', `The connector settings are invalid: ${field} ${problem}.`, {
    field: `settings${field ? `.${field}` : ''}`,
  });

/** The settings to store for a connector of this kind, or INVALID_CONNECTOR_SETTINGS naming the field at fault. */
export const validateConnectorSettings = (kind: ConnectorKind, settings: unknown): Record<string, unknown> => {
  const given = settings ?? (kind === 'IMAP' ? undefined : {});
  if (given === undefined) throw invalid('', 'are required for an IMAP connector (host, user, password)');
  if (typeof given !== 'object' || Array.isArray(given)) throw invalid('', 'must be a JSON object');
  if (Buffer.byteLength(JSON.stringify(given)) > MAX_SETTINGS_BYTES) throw invalid('', `must stay under ${MAX_SETTINGS_BYTES} bytes`);
  // The IMAP watcher's own validator, so the screen and the watcher can never disagree.
  if (kind === 'IMAP') return validateImapSettings(given);
  const result = webhookSettings.safeParse(given);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw invalid(
      issue.path.join('.'),
      issue.code === 'unrecognized_keys' ? `has unknown keys (${issue.keys.join(', ')})` : 'is missing or invalid',
    );
  }
  return result.data;
};

const SENSITIVE = /password|secret|token|api_?key/i;
export const MASK = '********';

/** Settings as they may be shown: every password, secret, token or API key replaced by a mask. */
export const maskConnectorSettings = (settings: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(settings).map(([key, value]) => [key, SENSITIVE.test(key) && value != null ? MASK : value]));
