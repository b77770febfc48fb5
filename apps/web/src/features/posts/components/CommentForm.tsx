import { Alert, Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { MentionTextarea } from 'src/features/mentions/components/MentionTextarea';
import { useAddComment } from 'src/features/posts/hooks/useAddComment';
import { POST_BODY_MAX_LENGTH } from 'src/features/posts/limits';

export interface CommentFormProps {
  postId: string;
  /** Set for a reply to a top-level comment (one level of replies only). */
  parentId?: string;
  /** The post's space, for the @ autocomplete (null: the company-wide stream). */
  spaceId?: string | null;
  onDone?: () => void;
  autoFocus?: boolean;
}

export const CommentForm = ({ postId, parentId, spaceId = null, onDone, autoFocus = false }: CommentFormProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [body, setBody] = useState('');
  const { submit, loading, error } = useAddComment(postId);
  const isReply = Boolean(parentId);
  const testIds = isReply
    ? { input: 'comment-reply-input', submit: 'comment-reply-submit' }
    : { input: 'comment-input', submit: 'comment-submit' };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim()) return;
    const result = await submit(body, parentId).catch(() => undefined);
    if (result?.data) {
      setBody('');
      onDone?.();
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap={6}>
        {error ? (
          <Alert color="red" role="alert" py={6}>
            {errorMessage(error)}
          </Alert>
        ) : null}
        <MentionTextarea
          aria-label={isReply ? t('posts.comments.replyLabel') : t('posts.comments.label')}
          placeholder={isReply ? t('posts.comments.replyPlaceholder') : t('posts.comments.placeholder')}
          value={body}
          onValueChange={setBody}
          spaceId={spaceId}
          onKeyDown={(event) => {
            // Ctrl/Cmd+Enter sends, as in most chat and mail tools.
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.form?.requestSubmit();
          }}
          autosize
          minRows={1}
          maxRows={8}
          maxLength={POST_BODY_MAX_LENGTH}
          autoFocus={autoFocus}
          size="sm"
          data-testid={testIds.input}
        />
        <Group justify="flex-end" gap="xs">
          {onDone && isReply ? (
            <Button variant="subtle" color="gray" size="compact-sm" onClick={onDone}>
              {t('common.actions.cancel')}
            </Button>
          ) : null}
          <Button type="submit" size="compact-sm" loading={loading} disabled={!body.trim()} data-testid={testIds.submit}>
            {isReply ? t('posts.comments.replySubmit') : t('posts.comments.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
