export const SUPPORTED_LOCALES = ['en', 'fr'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];

const LOCALE_KEY = 'chantier.locale';

/** Maps any BCP 47 tag ("fr-CA", "en_GB") to a supported locale, or null. */
export const toAppLocale = (tag: string | null | undefined): AppLocale | null => {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LOCALES.find((locale) => locale === base) ?? null;
};

export const readStoredLocale = (): AppLocale | null => {
  try {
    return toAppLocale(window.localStorage.getItem(LOCALE_KEY));
  } catch {
    return null;
  }
};

export const storeLocale = (locale: AppLocale): void => {
  try {
    window.localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // The choice still applies to this page; it just will not survive a reload.
  }
};

/** Before `me` is known: the last explicit choice, else the browser's languages, else English. */
export const detectInitialLocale = (): AppLocale => {
  const stored = readStoredLocale();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const locale = toAppLocale(tag);
    if (locale) return locale;
  }
  return 'en';
};
