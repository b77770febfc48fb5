import { useMutation } from '@apollo/client/react';
import { Icon } from '@chantier/ui';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { SpacePicker } from 'src/features/connectors/components/SpacePicker';
import { AddConnectorRouteMutation } from 'src/features/connectors/graphql/connectors.queries';

/** Routes one more key of a connector to a space; the API then replays the events that waited for it. */
export const AddRouteForm = ({ connectorId }: { connectorId: string }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [opened, setOpened] = useState(false);
  const [key, setKey] = useState('');
  const [spaceId, setSpaceId] = useState<string | null>(null);
  const [addRoute, { loading, error, reset }] = useMutation(AddConnectorRouteMutation);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!key.trim() || !spaceId) return;
    const result = await addRoute({ variables: { connectorId, key: key.trim(), spaceId } }).catch(() => undefined);
    if (result?.data) handleClose();
  };

  const handleClose = () => {
    setKey('');
    setSpaceId(null);
    reset();
    setOpened(false);
  };

  if (!opened) {
    return (
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<Icon name="plus" />}
        onClick={() => setOpened(true)}
        style={{ alignSelf: 'flex-start' }}
        data-testid="route-open"
      >
        {t('connectors.route.addAnother')}
      </Button>
    );
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="xs">
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('connectors.route.key')}
          placeholder={t('connectors.route.keyPlaceholder')}
          value={key}
          maxLength={300}
          required
          onChange={(event) => setKey(event.currentTarget.value)}
          data-testid="route-key"
        />
        <SpacePicker value={spaceId} onChange={setSpaceId} data-testid="route-space" />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={handleClose}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" variant="light" loading={loading} disabled={!key.trim() || !spaceId} data-testid="route-add">
            {t('connectors.route.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
