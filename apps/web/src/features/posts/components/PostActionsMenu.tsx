import { Icon } from '@chantier/ui';
import { ActionIcon, Alert, Button, Group, Menu, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { useDeletePost, usePinPost } from 'src/features/posts/hooks/usePostActions';

export interface PostActionsMenuProps {
  postId: string;
  pinned: boolean;
  canEdit: boolean;
  canPin: boolean;
  onEdit: () => void;
  onDeleted?: () => void;
}

export const PostActionsMenu = ({ postId, pinned, canEdit, canPin, onEdit, onDeleted }: PostActionsMenuProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [confirmOpen, confirm] = useDisclosure(false);
  const { pin, error: pinError } = usePinPost();
  const { remove, loading: deleting, error: deleteError } = useDeletePost();

  const handleDelete = async () => {
    const result = await remove(postId).catch(() => undefined);
    if (result?.data?.deletePost) {
      confirm.close();
      onDeleted?.();
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('posts.actions.menu')} data-testid="post-actions">
            <Icon name="dots" />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {canEdit ? (
            <Menu.Item onClick={onEdit} data-testid="post-edit">
              {t('posts.actions.edit')}
            </Menu.Item>
          ) : null}
          {canPin ? (
            <Menu.Item onClick={() => void pin(postId, !pinned).catch(() => undefined)} data-testid="post-pin">
              {pinned ? t('posts.actions.unpin') : t('posts.actions.pin')}
            </Menu.Item>
          ) : null}
          {canEdit ? (
            <Menu.Item color="red" onClick={confirm.open} data-testid="post-delete">
              {t('posts.actions.delete')}
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      {pinError ? (
        <Text size="xs" c="red" role="alert">
          {errorMessage(pinError)}
        </Text>
      ) : null}
      <Modal opened={confirmOpen} onClose={confirm.close} title={t('posts.actions.deleteTitle')} centered>
        <Text size="sm">{t('posts.actions.deleteConfirm')}</Text>
        {deleteError ? (
          <Alert color="red" mt="sm" role="alert">
            {errorMessage(deleteError)}
          </Alert>
        ) : null}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={confirm.close}>
            {t('common.actions.cancel')}
          </Button>
          <Button color="red" loading={deleting} onClick={() => void handleDelete()} data-testid="post-delete-confirm">
            {t('posts.actions.delete')}
          </Button>
        </Group>
      </Modal>
    </>
  );
};
