import { useMutation } from '@apollo/client/react';
import { Icon, PageHeader } from '@chantier/ui';
import { ActionIcon, Alert, Button, Fieldset, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { EMPTY_IMAP, type ImapDraft, ImapSettingsFields } from 'src/features/connectors/components/ImapSettingsFields';
import { SecretReveal } from 'src/features/connectors/components/SecretReveal';
import { SpacePicker } from 'src/features/connectors/components/SpacePicker';
import { CreateConnectorMutation } from 'src/features/connectors/graphql/connectors.queries';
import type { ConnectorKind } from 'src/gql/graphql';

const KINDS: ConnectorKind[] = ['GENERIC', 'GITHUB', 'JIRA', 'FRESHDESK', 'FRONT', 'INTERCOM', 'IMAP'];

interface RouteDraft {
  id: number;
  key: string;
  spaceId: string | null;
}

let nextRouteId = 0;
const emptyRoute = (): RouteDraft => ({ id: (nextRouteId += 1), key: '', spaceId: null });

export const NewConnectorPage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const [kind, setKind] = useState<ConnectorKind>('GENERIC');
  const [name, setName] = useState('');
  const [routes, setRoutes] = useState<RouteDraft[]>([]);
  const [imap, setImap] = useState<ImapDraft>(EMPTY_IMAP);
  // Intercom, Front… issue their own signing secret; empty = Chantier generates one.
  const [issuedSecret, setIssuedSecret] = useState('');
  const [created, setCreated] = useState<{ secret: string; hookUrl: string | null } | null>(null);
  const [createConnector, { loading, error }] = useMutation(CreateConnectorMutation, {
    update: (cache, { data }) => {
      // The list reloads with the new connector; the secret stays only in this page's state.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'connectors' });
      if (data) cache.evict({ id: cache.identify(data.createConnector), fieldName: 'secret' });
      cache.gc();
    },
  });

  const setRoute = (id: number, change: Partial<RouteDraft>) => setRoutes((all) => all.map((r) => (r.id === id ? { ...r, ...change } : r)));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim()) return;
    const input = {
      kind,
      name: name.trim(),
      routes: routes.filter((r) => r.key.trim() && r.spaceId).map((r) => ({ key: r.key.trim(), spaceId: r.spaceId! })),
      ...(kind !== 'IMAP' && issuedSecret.trim() ? { secret: issuedSecret.trim() } : {}),
      ...(kind === 'IMAP' ? { settings: { ...imap, host: imap.host.trim(), mailbox: imap.mailbox.trim() || 'INBOX' } } : {}),
    };
    const result = await createConnector({ variables: { input } }).catch(() => undefined);
    const connector = result?.data?.createConnector;
    if (connector) setCreated({ secret: connector.secret ?? '', hookUrl: connector.hookUrl });
  };

  if (created) {
    return (
      <Stack gap="md" maw={720}>
        <PageHeader title={t('connectors.create.created')} />
        {created.secret ? <SecretReveal secret={created.secret} hookUrl={created.hookUrl} /> : null}
        <Group justify="flex-end">
          <Button onClick={() => void navigate('/admin/connectors')} data-testid="connector-secret-close">
            {created.secret ? t('connectors.secret.close') : t('connectors.create.backToList')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={720}>
      <PageHeader title={t('connectors.create.title')} subtitle={t('connectors.create.subtitle')} />
      <form onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="md">
          {error ? (
            <Alert color="red" role="alert" data-testid="connector-create-error">
              {errorMessage(error)}
            </Alert>
          ) : null}
          <Select
            label={t('connectors.create.kind')}
            data={KINDS.map((value) => ({ value, label: t(`connectors.kind.${value}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as ConnectorKind)}
            allowDeselect={false}
            data-testid="connector-kind-input"
          />
          <TextInput
            label={t('connectors.create.name')}
            description={t('connectors.create.nameHint')}
            required
            maxLength={120}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            data-testid="connector-name-input"
          />
          {kind === 'IMAP' ? (
            <ImapSettingsFields value={imap} onChange={setImap} />
          ) : (
            <TextInput
              label={t('connectors.create.secret')}
              description={t('connectors.create.secretHint')}
              value={issuedSecret}
              maxLength={300}
              autoComplete="off"
              onChange={(event) => setIssuedSecret(event.currentTarget.value)}
              data-testid="connector-secret-input"
            />
          )}
          <Fieldset legend={t('connectors.create.routes')}>
            <Stack gap="sm">
              {routes.map((route) => (
                <Group key={route.id} align="flex-end" gap="xs" wrap="wrap">
                  <TextInput
                    label={t('connectors.route.key')}
                    placeholder={t('connectors.route.keyPlaceholder')}
                    value={route.key}
                    maxLength={300}
                    onChange={(event) => setRoute(route.id, { key: event.currentTarget.value })}
                    style={{ flex: '1 1 200px' }}
                  />
                  <div style={{ flex: '1 1 200px' }}>
                    <SpacePicker value={route.spaceId} onChange={(spaceId) => setRoute(route.id, { spaceId })} />
                  </div>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="lg"
                    aria-label={t('connectors.route.remove')}
                    onClick={() => setRoutes((all) => all.filter((r) => r.id !== route.id))}
                  >
                    <Icon name="close" />
                  </ActionIcon>
                </Group>
              ))}
              <Button variant="subtle" leftSection={<Icon name="plus" />} onClick={() => setRoutes((all) => [...all, emptyRoute()])}>
                {t('connectors.route.addAnother')}
              </Button>
            </Stack>
          </Fieldset>
          <Group justify="flex-end">
            <Button component={Link} to="/admin/connectors" variant="default">
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="connector-create-submit">
              {t('connectors.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
};
