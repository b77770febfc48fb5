export const MAIL_IN_OPTIONS = Symbol('MAIL_IN_OPTIONS');

export interface MailInOptions {
  /** Mail to `<slug>@mailDomain` and `reply+<token>@mailDomain` is ours; anything else is relaying. */
  readonly mailDomain: string;
  /** Announced with SIZE and enforced. */
  readonly maxBytes: number;
  /** Attachments go under `<dataDir>/files`. */
  readonly dataDir: string;
}
