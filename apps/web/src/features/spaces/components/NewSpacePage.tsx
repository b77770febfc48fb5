import { useMutation } from '@apollo/client/react';
import { PageHeader } from '@chantier/ui';
import { Alert, Button, Group, Radio, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { EMPTY_PROJECT, type ProjectDraft, ProjectFields, toProjectInput } from 'src/features/spaces/components/ProjectFields';
import { CreateSpaceMutation } from 'src/features/spaces/graphql/spaces.mutations';
import type { SpaceKind, Visibility } from 'src/gql/graphql';

const VISIBILITIES: Visibility[] = ['PUBLIC', 'PRIVATE', 'SECRET'];

export const NewSpacePage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SpaceKind>('GROUP');
  const [visibility, setVisibility] = useState<Visibility>('PUBLIC');
  const [description, setDescription] = useState('');
  const [project, setProject] = useState<ProjectDraft>(EMPTY_PROJECT);
  const [createSpace, { loading, error }] = useMutation(CreateSpaceMutation, {
    // Every cached directory list is now incomplete: drop them so they reload.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'spaces' });
      cache.gc();
    },
  });

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim()) return;
    const input = {
      name: name.trim(),
      kind,
      visibility,
      description: description.trim(),
      ...(kind === 'PROJECT' ? { project: toProjectInput(project) } : {}),
    };
    const result = await createSpace({ variables: { input } }).catch(() => undefined);
    const slug = result?.data?.createSpace.slug;
    if (slug) await navigate(`/spaces/${slug}`);
  };

  return (
    <Stack gap="md" maw={720}>
      <PageHeader title={t('spaces.create.title')} subtitle={t('spaces.create.subtitle')} />
      <form onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="md">
          {error ? (
            <Alert color="red" role="alert">
              {errorMessage(error)}
            </Alert>
          ) : null}
          <TextInput
            label={t('spaces.create.name')}
            required
            maxLength={120}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            data-testid="space-name"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="space-kind-label">
              {t('spaces.create.kind')}
            </Text>
            <SegmentedControl
              value={kind}
              onChange={(value) => setKind(value as SpaceKind)}
              aria-labelledby="space-kind-label"
              data={[
                { value: 'GROUP', label: t('spaces.kind.GROUP') },
                { value: 'PROJECT', label: t('spaces.kind.PROJECT') },
              ]}
              data-testid="space-kind-input"
            />
          </Stack>
          <Radio.Group label={t('spaces.create.visibility')} value={visibility} onChange={(value) => setVisibility(value as Visibility)}>
            <Stack gap="xs" mt={6}>
              {VISIBILITIES.map((option) => (
                <Radio
                  key={option}
                  value={option}
                  label={t(`spaces.visibility.${option}`)}
                  description={t(`spaces.create.visibilityHint.${option}`)}
                  data-testid={`space-visibility-${option}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('spaces.create.description')}
            autosize
            minRows={3}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            data-testid="space-description"
          />
          {kind === 'PROJECT' ? <ProjectFields value={project} onChange={setProject} /> : null}
          <Group justify="flex-end">
            <Button component={Link} to="/spaces" variant="default">
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="space-create-submit">
              {t('spaces.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
};
