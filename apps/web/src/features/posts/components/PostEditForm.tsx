import { Alert, Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { MentionTextarea } from 'src/features/mentions/components/MentionTextarea';
import { useEditPost } from 'src/features/posts/hooks/usePostActions';
import { POST_BODY_MAX_LENGTH } from 'src/features/posts/limits';

export interface PostEditFormProps {
  postId: string;
  body: string;
  spaceId?: string | null;
  onDone: () => void;
}

export const PostEditForm = ({ postId, body, spaceId = null, onDone }: PostEditFormProps) => {
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
        <MentionTextarea
          aria-label={t('posts.edit.label')}
          value={draft}
          onValueChange={setDraft}
          spaceId={spaceId}
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
