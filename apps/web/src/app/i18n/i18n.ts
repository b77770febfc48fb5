import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectInitialLocale, SUPPORTED_LOCALES } from 'src/app/i18n/locale-preference';
import { resources } from 'src/app/i18n/resources';

export const NAMESPACES = [
  'common',
  'auth',
  'feed',
  'posts',
  'spaces',
  'people',
  'notifications',
  'hashtags',
  'search',
  'connectors',
  'notFound',
  'errors',
] as const;

// `nsSeparator: '.'` lets every call read `t('posts.composer.placeholder')`: i18next treats the
// first segment as the namespace when it is a known one (posts.json → composer.placeholder).
void i18n.use(initReactI18next).init({
  resources,
  lng: detectInitialLocale(),
  fallbackLng: 'en',
  supportedLngs: [...SUPPORTED_LOCALES],
  ns: [...NAMESPACES],
  defaultNS: 'common',
  nsSeparator: '.',
  keySeparator: '.',
  initAsync: false,
  returnNull: false,
  interpolation: { escapeValue: false }, // React escapes already
  react: { useSuspense: false },
});

const syncDocumentLang = (lng: string) => {
  document.documentElement.lang = lng;
};
syncDocumentLang(i18n.language);
i18n.on('languageChanged', syncDocumentLang);

export { i18n };
