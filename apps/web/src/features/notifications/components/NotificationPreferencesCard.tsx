import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice, PageLoader } from '@chantier/ui';
import { Alert, Card, NativeSelect, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import {
  NotificationPreferencesQuery,
  UpdateNotificationPreferencesMutation,
} from 'src/features/notifications/graphql/notifications.queries';
import type { EmailDigest, NotificationKind, NotificationPreferencesInput } from 'src/gql/graphql';

const KINDS: NotificationKind[] = ['MENTION', 'REPLY', 'REACTION', 'SPACE_POST', 'CONNECTOR_EVENT'];
const DIGESTS: EmailDigest[] = ['OFF', 'DAILY', 'WEEKLY'];

/** In-app notifications per kind and the e-mail digest; each change is saved at once. */
export const NotificationPreferencesCard = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { data, error: loadError, refetch } = useQuery(NotificationPreferencesQuery);
  const [update, { error }] = useMutation(UpdateNotificationPreferencesMutation);
  const preferences = data?.notificationPreferences;

  const save = (input: NotificationPreferencesInput) => {
    if (!preferences) return;
    const inApp = preferences.inApp.map((setting) => {
      const change = input.inApp?.find((item) => item.kind === setting.kind);
      return { __typename: 'NotificationKindSetting' as const, kind: setting.kind, enabled: change ? change.enabled : setting.enabled };
    });
    // NotificationPreferences is a singleton in the cache: the answer replaces what the query read.
    void update({
      variables: { input },
      optimisticResponse: {
        updateNotificationPreferences: {
          __typename: 'NotificationPreferences',
          emailDigest: input.emailDigest ?? preferences.emailDigest,
          inApp,
        },
      },
    }).catch(() => undefined);
  };

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby="notification-preferences-title"
      data-testid="notification-preferences"
    >
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="notification-preferences-title">
            {t('notifications.preferences.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('notifications.preferences.subtitle')}
          </Text>
        </div>
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        {!preferences && loadError ? (
          <ErrorNotice
            title={t('notifications.preferences.loadError')}
            message={errorMessage(loadError)}
            retryLabel={t('common.actions.retry')}
            onRetry={() => void refetch()}
          />
        ) : null}
        {!preferences && !loadError ? <PageLoader label={t('common.loading')} /> : null}
        {preferences ? (
          <>
            <Stack gap="sm">
              {KINDS.map((kind) => (
                <Switch
                  key={kind}
                  label={t(`notifications.preferences.kind.${kind}`)}
                  description={t(`notifications.preferences.kindHint.${kind}`)}
                  checked={preferences.inApp.find((setting) => setting.kind === kind)?.enabled ?? true}
                  onChange={(event) => save({ inApp: [{ kind, enabled: event.currentTarget.checked }] })}
                  data-testid={`notification-pref-${kind}`}
                />
              ))}
            </Stack>
            <NativeSelect
              label={t('notifications.preferences.digest')}
              description={t('notifications.preferences.digestHint')}
              value={preferences.emailDigest}
              onChange={(event) => save({ emailDigest: event.currentTarget.value as EmailDigest })}
              data={DIGESTS.map((value) => ({ value, label: t(`notifications.preferences.digestOption.${value}`) }))}
              maw={320}
              data-testid="notification-digest"
            />
          </>
        ) : null}
      </Stack>
    </Card>
  );
};
