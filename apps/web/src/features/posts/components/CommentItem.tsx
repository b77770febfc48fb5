import { CommentItem as CommentItemView } from '@chantier/ui';
import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelativeTime } from 'src/app/i18n/format';
import { ReactionsControl } from 'src/features/posts/components/ReactionsControl';
import { type FragmentType, getFragmentData, graphql } from 'src/gql';

export const CommentItemFragment = graphql(`
  fragment CommentItem_comment on Comment {
    id
    html
    createdAt
    editedAt
    parentId
    viewerReaction
    author {
      id
      displayName
      handle
    }
    reactionCounts {
      type
      count
    }
  }
`);

export interface CommentItemProps {
  comment: FragmentType<typeof CommentItemFragment>;
  /** Only top-level comments can be answered (one level of replies). */
  onReply?: () => void;
  children?: ReactNode;
}

export const CommentItem = ({ comment: commentRef, onReply, children }: CommentItemProps) => {
  const { t, i18n } = useTranslation();
  const comment = getFragmentData(CommentItemFragment, commentRef);

  return (
    <CommentItemView
      commentId={comment.id}
      author={{ name: comment.author.displayName, href: `/people/${comment.author.handle}` }}
      time={{
        label: formatRelativeTime(comment.createdAt, i18n.language),
        title: formatDateTime(comment.createdAt, i18n.language),
        dateTime: comment.createdAt,
      }}
      editedLabel={comment.editedAt ? t('posts.card.edited') : null}
      html={comment.html}
      isReply={Boolean(comment.parentId)}
      reactions={
        <ReactionsControl
          size="xs"
          testIdPrefix="comment-"
          target={{
            typename: 'Comment',
            id: comment.id,
            counts: comment.reactionCounts,
            viewerReaction: comment.viewerReaction ?? null,
          }}
        />
      }
      actions={
        onReply ? (
          <Button variant="subtle" size="compact-xs" color="gray" onClick={onReply} data-testid="comment-reply">
            {t('posts.comments.reply')}
          </Button>
        ) : null
      }
    >
      {children}
    </CommentItemView>
  );
};
