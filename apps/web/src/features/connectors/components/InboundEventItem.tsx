import { useMutation } from '@apollo/client/react';
import { Icon } from '@chantier/ui';
import { Accordion, Alert, Badge, Button, Code, Group, ScrollArea, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from 'src/app/i18n/format';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { InboundEventFragment, ReplayInboundEventMutation } from 'src/features/connectors/graphql/inbox.queries';
import { type FragmentType, getFragmentData } from 'src/gql';
import type { InboundEventStatus } from 'src/gql/graphql';

export const STATUS_COLORS: Record<InboundEventStatus, string> = {
  RECEIVED: 'blue',
  PROCESSED: 'teal',
  IGNORED: 'gray',
  UNROUTED: 'orange',
  FAILED: 'red',
};

const REPLAYABLE: readonly InboundEventStatus[] = ['FAILED', 'UNROUTED', 'IGNORED'];

const Detail = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack gap={2}>
    <Text size="xs" c="dimmed" fw={500}>
      {label}
    </Text>
    {children}
  </Stack>
);

/** One inbox entry: a summary line that opens on what IT needs to understand and replay it. */
export const InboundEventItem = (props: { event: FragmentType<typeof InboundEventFragment>; onReplayed: () => void }) => {
  const event = getFragmentData(InboundEventFragment, props.event);
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [replay, { loading, error }] = useMutation(ReplayInboundEventMutation);
  const headers = event.headers && typeof event.headers === 'object' ? JSON.stringify(event.headers, null, 2) : null;

  const handleReplay = async () => {
    const result = await replay({ variables: { id: event.id } }).catch(() => undefined);
    if (result?.data) props.onReplayed();
  };

  return (
    <Accordion.Item value={event.id} data-testid="inbound-event">
      <Accordion.Control>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Badge color={STATUS_COLORS[event.status]} variant="light" data-testid="inbound-event-status">
              {t(`connectors.status.${event.status}`)}
            </Badge>
            <Text size="xs" c="dimmed">
              {formatDateTime(event.receivedAt, i18n.language)}
            </Text>
          </Group>
          <Text size="sm" ff="monospace" truncate="end">
            {event.routingKey ?? event.externalId}
          </Text>
        </Stack>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="sm">
          <Group gap="lg" wrap="wrap">
            <Detail label={event.source === 'SMTP' ? t('connectors.inbox.smtp') : event.source}>
              <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {event.externalId}
              </Text>
            </Detail>
            <Detail label={t('connectors.inbox.attempts', { count: event.attempts })}>
              <Text size="sm">
                {event.processedAt ? t('connectors.inbox.processed', { date: formatDateTime(event.processedAt, i18n.language) }) : '—'}
              </Text>
            </Detail>
          </Group>
          {event.routingKey ? (
            <Detail label={t('connectors.inbox.routingKey')}>
              <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {event.routingKey}
              </Text>
            </Detail>
          ) : null}
          {event.reason ? (
            <Detail label={t('connectors.inbox.reason')}>
              <Text size="sm">{event.reason}</Text>
            </Detail>
          ) : null}
          {event.error ? (
            <Detail label={t('connectors.inbox.error')}>
              <Code block color="red.0" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="inbound-event-error">
                {event.error}
              </Code>
            </Detail>
          ) : null}
          {event.space ? (
            <Detail label={t('connectors.inbox.space')}>
              <Group gap="sm" wrap="wrap">
                <Text size="sm" component={Link} to={`/spaces/${event.space.slug}`} c="blue">
                  {event.space.name}
                </Text>
                {event.post ? (
                  <Text size="sm" component={Link} to={`/posts/${event.post.id}`} c="blue">
                    {t('connectors.inbox.openPost')}
                  </Text>
                ) : null}
              </Group>
            </Detail>
          ) : null}
          {event.payloadHidden ? (
            <Alert color="gray" icon={<Icon name="lock" />} data-testid="inbound-event-hidden">
              {t('connectors.inbox.payloadHidden')}
            </Alert>
          ) : (
            <>
              {headers ? (
                <Detail label={t('connectors.inbox.headers')}>
                  <ScrollArea.Autosize mah={160} type="auto">
                    <Code block>{headers}</Code>
                  </ScrollArea.Autosize>
                </Detail>
              ) : null}
              <Detail
                label={`${t('connectors.inbox.payload')} · ${t('connectors.inbox.size', { size: event.rawSize.toLocaleString(i18n.language) })}`}
              >
                <ScrollArea.Autosize mah={320} type="auto" data-testid="inbound-event-payload">
                  <Code block style={{ whiteSpace: 'pre' }}>
                    {event.rawPayload}
                  </Code>
                </ScrollArea.Autosize>
                {event.rawTruncated ? (
                  <Text size="xs" c="dimmed">
                    {t('connectors.inbox.truncated')}
                  </Text>
                ) : null}
              </Detail>
            </>
          )}
          {error ? (
            <Alert color="red" role="alert">
              {errorMessage(error)}
            </Alert>
          ) : null}
          {REPLAYABLE.includes(event.status) ? (
            <Group justify="flex-end">
              <Button
                variant="light"
                leftSection={<Icon name="refresh" />}
                loading={loading}
                onClick={() => void handleReplay()}
                data-testid="inbound-event-replay"
              >
                {t('connectors.inbox.replay')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
};
