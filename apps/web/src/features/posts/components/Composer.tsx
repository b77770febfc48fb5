import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, NativeSelect, Stack, Tabs, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { MentionTextarea } from 'src/features/mentions/components/MentionTextarea';
import { MarkdownPreview } from 'src/features/posts/components/MarkdownPreview';
import { ComposerSpacesQuery } from 'src/features/posts/graphql/posts.queries';
import { useCreatePost } from 'src/features/posts/hooks/useCreatePost';
import { POST_BODY_MAX_LENGTH } from 'src/features/posts/limits';
import type { PostKind } from 'src/gql/graphql';

// EVENT is reserved for connectors (the API answers KIND_RESERVED).
const COMPOSER_KINDS: PostKind[] = ['STATUS', 'ANNOUNCEMENT', 'QUESTION'];
const COMPANY_WIDE = '';

export interface ComposerProps {
  /** Posting inside a space page: the space is fixed and the picker hidden. */
  spaceId?: string;
}

export const Composer = ({ spaceId }: ComposerProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<PostKind>('STATUS');
  const [targetSpace, setTargetSpace] = useState(COMPANY_WIDE);
  const [tab, setTab] = useState<string | null>('write');
  const { submit, loading, error, reset } = useCreatePost();
  const spaces = useQuery(ComposerSpacesQuery, { skip: Boolean(spaceId) });

  const spaceOptions = [
    { value: COMPANY_WIDE, label: t('posts.composer.companyWide') },
    ...(spaces.data?.spaces.edges ?? [])
      .filter((edge) => edge.node.viewerCanPost)
      .map((edge) => ({ value: edge.node.id, label: edge.node.name })),
  ];
  const remaining = POST_BODY_MAX_LENGTH - body.length;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim() || remaining < 0) return;
    const result = await submit({ body, kind, spaceId: spaceId ?? (targetSpace || null) }).catch(() => undefined);
    if (result?.data) {
      setBody('');
      setKind('STATUS');
      setTab('write');
    }
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('posts.composer.title')}>
      <form onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="sm">
          {error ? (
            <Alert color="red" role="alert" withCloseButton onClose={reset}>
              {errorMessage(error)}
            </Alert>
          ) : null}
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="write">{t('posts.composer.write')}</Tabs.Tab>
              <Tabs.Tab value="preview" data-testid="composer-preview-tab">
                {t('posts.composer.preview')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="write" pt="sm">
              <MentionTextarea
                aria-label={t('posts.composer.label')}
                placeholder={t('posts.composer.placeholder')}
                value={body}
                onValueChange={setBody}
                spaceId={spaceId ?? (targetSpace || null)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.form?.requestSubmit();
                }}
                autosize
                minRows={3}
                maxRows={14}
                description={t('posts.composer.markdownHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                error={remaining < 0 ? t('posts.composer.tooLong', { count: -remaining }) : undefined}
                data-testid="composer-input"
              />
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="sm">
              <MarkdownPreview body={body} />
            </Tabs.Panel>
          </Tabs>
          <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
            <Group gap="sm" wrap="wrap" align="flex-end">
              <NativeSelect
                label={t('posts.composer.kind')}
                size="xs"
                value={kind}
                onChange={(event) => setKind(event.currentTarget.value as PostKind)}
                data={COMPOSER_KINDS.map((value) => ({ value, label: t(`posts.kind.${value}`) }))}
                data-testid="composer-kind"
              />
              {spaceId ? null : (
                <NativeSelect
                  label={t('posts.composer.space')}
                  size="xs"
                  value={targetSpace}
                  onChange={(event) => setTargetSpace(event.currentTarget.value)}
                  data={spaceOptions}
                  maw={240}
                  data-testid="composer-space"
                />
              )}
            </Group>
            <Group gap="sm" wrap="nowrap">
              {remaining >= 0 && remaining < 1000 ? (
                <Text size="xs" c="dimmed" aria-live="polite">
                  {t('posts.composer.remaining', { count: remaining })}
                </Text>
              ) : null}
              <Button type="submit" loading={loading} disabled={!body.trim() || remaining < 0} data-testid="composer-submit">
                {t('posts.composer.submit')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Card>
  );
};
