import { DomainError } from '../errors/index.js';

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const MIN_PASSWORD_LENGTH = 10;

// Deliberately simple: one @, no spaces, a dot in the domain. Real validation is the mail that arrives.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Normalises an e-mail address (trimmed, lower-case) or throws INVALID_EMAIL. */
export const normaliseEmail = (email: string): string => {
  const normalised = email.trim().toLowerCase();
  if (!EMAIL.test(normalised) || normalised.length > 254) {
    throw new DomainError('INVALID_EMAIL', 'This is not an e-mail address.', { field: 'email' });
  }
  return normalised;
};

/** Throws PASSWORD_TOO_SHORT unless the password is long enough. */
export const validatePassword = (password: string): void => {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError('PASSWORD_TOO_SHORT', `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`, {
      field: 'password',
      limit: MIN_PASSWORD_LENGTH,
    });
  }
};

/** Throws INVALID_LOCALE unless the locale is one the interface speaks. */
export const validateLocale = (locale: string): Locale => {
  if (!(LOCALES as readonly string[]).includes(locale)) {
    throw new DomainError('INVALID_LOCALE', `The locale must be one of ${LOCALES.join(', ')}.`, { field: 'locale' });
  }
  return locale as Locale;
};

// Letters that NFD does not decompose into a base letter and an accent, as in cœur and ex æquo.
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower-case, accents removed and ligatures spelled out; other non-ASCII letters are left for the caller to drop. */
export const foldToAscii = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => LIGATURES[letter] ?? '');

/**
 * The handle `@mentions` resolve to: the e-mail's local part, lower-case, accents removed,
 * anything but letters, digits, dot, dash and underscore dropped. `taken` decides collisions,
 * which get a numeric suffix.
 */
export const deriveHandle = (email: string, taken: (candidate: string) => boolean = () => false): string => {
  const local = email.split('@')[0] ?? '';
  // Trim separators again after capping the length, which can expose one at the end.
  const base =
    foldToAscii(local.split('+')[0] ?? '')
      .replace(/[^a-z0-9._-]/g, '')
      .replace(/^[._-]+/, '')
      .slice(0, 30)
      .replace(/[._-]+$/, '') || 'user';
  let candidate = base;
  for (let n = 2; taken(candidate); n += 1) candidate = `${base}${n}`;
  return candidate;
};

/** A URL-safe slug for a space name: lower-case ASCII words joined by dashes. */
export const slugify = (name: string): string =>
  foldToAscii(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'space';
