import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { useEditPost } from 'src/features/posts/hooks/usePostActions';
import { POST_BODY_MAX_LENGTH } from 'src/features/posts/limits';

export interface PostEditFormProps {
  postId: string;
  body: string;
  onDone: () => void;
}

export const PostEditForm = ({ postId, body, onDone }: PostEditFormProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState(body);
  const { edit, loading, error } = useEditPost();
  const trimmed = draft.trim();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!trimmed) return;
    const result = await edit(postId, draft).catch(() => undefined);
    if (result?.data) onDone();
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="xs">
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <Textarea
          aria-label={t('posts.edit.label')}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={16}
          maxLength={POST_BODY_MAX_LENGTH}
          data-autofocus
          data-testid="post-edit-input"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={!trimmed || draft === body} data-testid="post-edit-submit">
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
