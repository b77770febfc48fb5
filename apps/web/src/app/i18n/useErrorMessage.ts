import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getErrorReason } from 'src/app/apollo/error-reason';

/** Turns any API error into a localised sentence; never shows the server's English text. */
export const useErrorMessage = () => {
  const { t } = useTranslation();
  return useCallback((error: unknown): string => t(`errors.${getErrorReason(error)}`, { defaultValue: t('errors.generic') }), [t]);
};
