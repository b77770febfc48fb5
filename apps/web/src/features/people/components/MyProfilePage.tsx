import { useMutation } from '@apollo/client/react';
import { PageHeader, PageLoader } from '@chantier/ui';
import { Alert, Anchor, Button, Card, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type AppLocale, SUPPORTED_LOCALES, toAppLocale } from 'src/app/i18n/locale-preference';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { useViewer } from 'src/features/auth/hooks/useViewer';
import { NotificationPreferencesCard } from 'src/features/notifications/components/NotificationPreferencesCard';
import { UpdateMeMutation } from 'src/features/people/graphql/people.queries';

interface ProfileDraft {
  displayName: string;
  title: string;
  locale: AppLocale;
}

const ProfileForm = ({ initial, handle }: { initial: ProfileDraft; handle: string }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [updateMe, { loading, error }] = useMutation(UpdateMeMutation);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const input = { displayName: draft.displayName.trim(), title: draft.title.trim(), locale: draft.locale };
    // The payload updates `me` in the cache; the shell then switches the UI language to match.
    const result = await updateMe({ variables: { input } }).catch(() => undefined);
    if (result?.data) setSaved(true);
  };

  return (
    <Card withBorder radius="md" padding="lg">
      <form onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="md">
          {error ? (
            <Alert color="red" role="alert">
              {errorMessage(error)}
            </Alert>
          ) : null}
          {saved ? (
            <Alert color="green" role="status" data-testid="profile-saved">
              {t('people.me.saved')}
            </Alert>
          ) : null}
          <TextInput
            label={t('people.me.displayName')}
            required
            maxLength={120}
            value={draft.displayName}
            onChange={(event) => setDraft({ ...draft, displayName: event.currentTarget.value })}
            data-testid="profile-display-name"
          />
          <TextInput
            label={t('people.me.jobTitle')}
            maxLength={120}
            value={draft.title}
            onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })}
            data-testid="profile-title"
          />
          <NativeSelect
            label={t('people.me.locale')}
            value={draft.locale}
            onChange={(event) => setDraft({ ...draft, locale: event.currentTarget.value as AppLocale })}
            data={SUPPORTED_LOCALES.map((locale) => ({ value: locale, label: t(`common.locale.${locale}`) }))}
            data-testid="profile-locale"
          />
          <Group justify="space-between">
            <Anchor component={Link} to={`/people/${handle}`} size="sm">
              {t('people.me.viewPublic')}
            </Anchor>
            <Button type="submit" loading={loading} disabled={!draft.displayName.trim()} data-testid="profile-save">
              {t('common.actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
};

export const MyProfilePage = () => {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();

  return (
    <Stack gap="md" maw={640}>
      <PageHeader title={t('people.me.title')} subtitle={t('people.me.subtitle')} />
      {viewer ? (
        <ProfileForm
          key={viewer.id}
          handle={viewer.handle}
          initial={{
            displayName: viewer.displayName,
            title: viewer.title ?? '',
            locale: toAppLocale(viewer.locale) ?? toAppLocale(i18n.language) ?? 'en',
          }}
        />
      ) : (
        <PageLoader label={t('common.loading')} />
      )}
      <NotificationPreferencesCard />
    </Stack>
  );
};
