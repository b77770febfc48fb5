import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateMyLocaleMutation } from 'src/app/i18n/locale.mutations';
import { type AppLocale, storeLocale, toAppLocale } from 'src/app/i18n/locale-preference';
import { useSessionToken } from 'src/features/auth/hooks/useSession';

/** The active UI locale and a setter that applies it at once and saves it on the profile. */
export const useLocaleSwitch = () => {
  const { i18n } = useTranslation();
  const token = useSessionToken();
  const [saveLocale] = useMutation(UpdateMyLocaleMutation);
  const locale: AppLocale = toAppLocale(i18n.resolvedLanguage ?? i18n.language) ?? 'en';

  const switchLocale = useCallback(
    (next: AppLocale) => {
      storeLocale(next);
      void i18n.changeLanguage(next);
      // Saving is best effort: the UI has already switched, and the next `me` keeps it in sync.
      if (token) void saveLocale({ variables: { locale: next } }).catch(() => undefined);
    },
    [i18n, saveLocale, token],
  );

  return { locale, switchLocale };
};

/** Once `me` is known its locale wins over the browser's and the last local choice. */
export const useViewerLocaleSync = (viewerLocale: string | null | undefined) => {
  const { i18n } = useTranslation();
  useEffect(() => {
    const locale = toAppLocale(viewerLocale);
    if (!locale || locale === i18n.resolvedLanguage) return;
    storeLocale(locale);
    void i18n.changeLanguage(locale);
  }, [viewerLocale, i18n]);
};
