import { DomainError } from '@chantier/domain';
import { z } from 'zod';

/*
 * The settings JSON of an IMAP connector. The ADMIN screens validate with `validateImapSettings`
 * on creation; the watcher parses again before connecting (settings are stored JSON and may
 * predate a rule), and records a parse failure as the connector's error.
 */

export const imapSettingsSchema = z
  .strictObject({
    host: z.string().trim().min(1).max(253),
    /** Defaults to 993 with TLS, 143 without. */
    port: z.number().int().min(1).max(65_535).optional(),
    /** true = implicit TLS (IMAPS); false = STARTTLS when the server offers it. */
    secure: z.boolean().default(true),
    user: z.string().min(1).max(320),
    password: z.string().min(1).max(1_000),
    mailbox: z.string().trim().min(1).max(300).default('INBOX'),
  })
  .transform((settings) => ({ ...settings, port: settings.port ?? (settings.secure ? 993 : 143) }));

export type ImapSettings = z.output<typeof imapSettingsSchema>;

/** Parses IMAP settings, or throws INVALID_CONNECTOR_SETTINGS naming the first bad field (`settings.<key>`). */
export const validateImapSettings = (settings: unknown): ImapSettings => {
  const result = imapSettingsSchema.safeParse(settings);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = issue.path.length > 0 ? issue.path.join('.') : issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '';
  const field = issue.code === 'unrecognized_keys' || !key ? 'settings' : `settings.${key}`;
  // Never echoes a value: the password is one of them.
  const what =
    issue.code === 'unrecognized_keys'
      ? `unknown IMAP setting(s): ${key}`
      : key
        ? `IMAP setting "${key}" is invalid (${issue.message})`
        : 'IMAP settings must be an object with host, user and password';
  throw new DomainError('INVALID_CONNECTOR_SETTINGS', what, { field });
};
