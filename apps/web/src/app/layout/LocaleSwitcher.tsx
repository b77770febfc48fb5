import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LOCALES } from 'src/app/i18n/locale-preference';
import { useLocaleSwitch } from 'src/app/i18n/useLocaleSwitch';

export const LocaleSwitcher = () => {
  const { t } = useTranslation();
  const { locale, switchLocale } = useLocaleSwitch();

  return (
    <Button.Group data-testid="locale-switcher" aria-label={t('common.locale.label')}>
      {SUPPORTED_LOCALES.map((option) => (
        <Button
          key={option}
          size="compact-sm"
          variant={option === locale ? 'filled' : 'default'}
          aria-pressed={option === locale}
          title={t(`common.locale.${option}`)}
          lang={option}
          onClick={() => switchLocale(option)}
          data-testid={`locale-${option}`}
        >
          {option.toUpperCase()}
        </Button>
      ))}
    </Button.Group>
  );
};
