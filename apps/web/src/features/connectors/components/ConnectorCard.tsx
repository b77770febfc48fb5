import { useMutation } from '@apollo/client/react';
import { CopyableValue, Icon } from '@chantier/ui';
import { ActionIcon, Alert, Badge, Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from 'src/app/i18n/format';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { AddRouteForm } from 'src/features/connectors/components/AddRouteForm';
import { SecretReveal } from 'src/features/connectors/components/SecretReveal';
import {
  ConnectorFragment,
  RemoveConnectorRouteMutation,
  RotateConnectorSecretMutation,
} from 'src/features/connectors/graphql/connectors.queries';
import { type FragmentType, getFragmentData } from 'src/gql';

const settingEntries = (settings: unknown): [string, string][] =>
  settings && typeof settings === 'object' ? Object.entries(settings).map(([key, value]) => [key, String(value)]) : [];

/** One connector as IT manages it: hook URL, routes, secret rotation and the way to its inbox. */
export const ConnectorCard = (props: { connector: FragmentType<typeof ConnectorFragment> }) => {
  const connector = getFragmentData(ConnectorFragment, props.connector);
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [confirming, confirm] = useDisclosure(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [issuedSecret, setIssuedSecret] = useState('');
  const [rotate, rotation] = useMutation(RotateConnectorSecretMutation, {
    // The secret is for this one screen: keep it out of the long-lived cache.
    update: (cache, { data }) => {
      if (data) cache.evict({ id: cache.identify(data.rotateConnectorSecret), fieldName: 'secret' });
    },
  });
  const [removeRoute, removal] = useMutation(RemoveConnectorRouteMutation);
  const settings = settingEntries(connector.settings);

  const handleRotate = async () => {
    const given = issuedSecret.trim();
    const result = await rotate({ variables: { id: connector.id, secret: given || null } }).catch(() => undefined);
    if (!result?.data) return; // the error shows in the dialog
    confirm.close();
    setIssuedSecret('');
    if (result?.data?.rotateConnectorSecret.secret) setSecret(result.data.rotateConnectorSecret.secret);
  };

  return (
    <Card withBorder radius="md" p="md" data-testid="connector-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }} data-testid="connector-name">
              {connector.name}
            </Title>
            <Text size="xs" c="dimmed">
              {t('connectors.card.created', { date: formatDateTime(connector.createdAt, i18n.language) })}
            </Text>
          </Stack>
          <Group gap={6}>
            <Badge variant="light" data-testid="connector-kind">
              {t(`connectors.kind.${connector.kind}`)}
            </Badge>
            {connector.active ? null : (
              <Badge color="gray" variant="outline">
                {t('connectors.card.inactive')}
              </Badge>
            )}
          </Group>
        </Group>

        {connector.hookUrl ? (
          <CopyableValue
            label={t('connectors.card.hookUrl')}
            value={connector.hookUrl}
            copyLabel={t('connectors.card.copy')}
            copiedLabel={t('connectors.card.copied')}
            data-testid="connector-hook-url"
          />
        ) : null}

        {settings.length > 0 ? (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {t('connectors.card.settings')}
            </Text>
            {settings.map(([key, value]) => (
              <Text key={key} size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {key}: {value}
              </Text>
            ))}
          </Stack>
        ) : null}

        {connector.mailbox ? (
          <Stack gap={2} data-testid="connector-mailbox">
            {connector.mailbox.lastError ? (
              <Alert color="red" role="status" title={t('connectors.mailbox.error')}>
                {connector.mailbox.lastError}
                {connector.mailbox.lastErrorAt ? ` (${formatDateTime(connector.mailbox.lastErrorAt, i18n.language)})` : null}
              </Alert>
            ) : null}
            <Text size="sm" c="dimmed">
              {connector.mailbox.lastConnectedAt
                ? t('connectors.mailbox.connected', {
                    date: formatDateTime(connector.mailbox.lastConnectedAt, i18n.language),
                    count: connector.mailbox.lastUid,
                  })
                : t('connectors.mailbox.neverConnected')}
            </Text>
          </Stack>
        ) : null}

        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('connectors.card.routes')}
          </Text>
          {removal.error ? (
            <Alert color="red" role="alert">
              {errorMessage(removal.error)}
            </Alert>
          ) : null}
          {connector.routes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('connectors.card.noRoutes')}
            </Text>
          ) : (
            connector.routes.map((route) => (
              <Group key={route.key} gap="xs" wrap="nowrap" justify="space-between" data-testid="connector-route">
                <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  <Text span ff="monospace" size="sm">
                    {route.key}
                  </Text>{' '}
                  →{' '}
                  {route.space ? (
                    <Text span component={Link} to={`/spaces/${route.space.slug}`} c="blue" size="sm">
                      {route.space.name}
                    </Text>
                  ) : (
                    <Text span c="dimmed" size="sm">
                      {t('connectors.card.hiddenSpace')}
                    </Text>
                  )}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('connectors.card.removeRoute', { key: route.key })}
                  onClick={() => void removeRoute({ variables: { connectorId: connector.id, key: route.key } }).catch(() => undefined)}
                >
                  <Icon name="close" />
                </ActionIcon>
              </Group>
            ))
          )}
        </Stack>

        <AddRouteForm connectorId={connector.id} />

        {connector.previousSecretExpiresAt ? (
          <Text size="xs" c="dimmed">
            {t('connectors.card.previousSecretUntil', { date: formatDateTime(connector.previousSecretExpiresAt, i18n.language) })}
          </Text>
        ) : null}
        {rotation.error ? (
          <Alert color="red" role="alert">
            {errorMessage(rotation.error)}
          </Alert>
        ) : null}
        <Group gap="xs" wrap="wrap">
          <Button
            component={Link}
            to={`/admin/connectors/${connector.id}/inbox`}
            variant="light"
            leftSection={<Icon name="inbox" />}
            data-testid="connector-inbox"
          >
            {t('connectors.card.openInbox')}
          </Button>
          {connector.kind === 'IMAP' ? null : (
            <Button variant="default" leftSection={<Icon name="key" />} onClick={confirm.open} data-testid="connector-rotate">
              {t('connectors.card.rotate')}
            </Button>
          )}
        </Group>
      </Stack>

      <Modal opened={confirming} onClose={confirm.close} title={t('connectors.rotate.title')} centered>
        <Stack gap="md">
          <Text size="sm">{t('connectors.rotate.body')}</Text>
          {connector.kind === 'IMAP' ? null : (
            <TextInput
              label={t('connectors.create.secret')}
              description={t('connectors.rotate.secretHint')}
              value={issuedSecret}
              maxLength={300}
              autoComplete="off"
              onChange={(event) => setIssuedSecret(event.currentTarget.value)}
              data-testid="connector-rotate-secret-input"
            />
          )}
          {rotation.error ? (
            <Text size="sm" c="red" role="alert">
              {errorMessage(rotation.error)}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('common.actions.cancel')}
            </Button>
            <Button color="orange" loading={rotation.loading} onClick={() => void handleRotate()} data-testid="connector-rotate-confirm">
              {t('connectors.rotate.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={secret !== null} onClose={() => setSecret(null)} title={t('connectors.rotate.done')} centered>
        {secret ? (
          <Stack gap="md">
            <SecretReveal secret={secret} hookUrl={null} />
            <Button onClick={() => setSecret(null)} data-testid="connector-secret-close">
              {t('connectors.secret.close')}
            </Button>
          </Stack>
        ) : null}
      </Modal>
    </Card>
  );
};
