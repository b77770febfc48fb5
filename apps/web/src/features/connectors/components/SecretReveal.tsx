import { CopyableValue } from '@chantier/ui';
import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A connector's secret, shown once after creation or rotation: the API never returns it again. */
export const SecretReveal = ({ secret, hookUrl }: { secret: string; hookUrl: string | null }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="connector-secret-reveal">
      <Alert color="yellow" title={t('connectors.secret.title')} role="alert">
        {t('connectors.secret.warning')}
      </Alert>
      <CopyableValue
        label={t('connectors.secret.label')}
        value={secret}
        copyLabel={t('connectors.card.copy')}
        copiedLabel={t('connectors.card.copied')}
        data-testid="connector-secret"
      />
      {hookUrl ? (
        <CopyableValue
          label={t('connectors.card.hookUrl')}
          value={hookUrl}
          copyLabel={t('connectors.card.copy')}
          copiedLabel={t('connectors.card.copied')}
          data-testid="connector-secret-hook-url"
        />
      ) : null}
    </Stack>
  );
};
