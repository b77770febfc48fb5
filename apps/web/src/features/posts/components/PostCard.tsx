import { Icon, PostCard as PostCardView, type PostCardBadge } from '@chantier/ui';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelativeTime } from 'src/app/i18n/format';
import { PostActionsMenu } from 'src/features/posts/components/PostActionsMenu';
import { PostComments } from 'src/features/posts/components/PostComments';
import { PostEditForm } from 'src/features/posts/components/PostEditForm';
import { ReactionsControl } from 'src/features/posts/components/ReactionsControl';
import { type FragmentType, getFragmentData, graphql } from 'src/gql';

export const PostCardFragment = graphql(`
  fragment PostCard_post on Post {
    id
    body
    html
    kind
    pinned
    createdAt
    editedAt
    commentCount
    viewerReaction
    viewerCanEdit
    viewerCanPin
    author {
      id
      displayName
      handle
      title
    }
    space {
      id
      slug
      name
    }
    reactionCounts {
      type
      count
    }
    source {
      kind
      externalUrl
    }
  }
`);

export interface PostCardProps {
  post: FragmentType<typeof PostCardFragment>;
  /** The post page opens the discussion straight away. */
  defaultCommentsOpen?: boolean;
  /** Inside a space's own feed the space link would only repeat the page title. */
  showSpace?: boolean;
  onDeleted?: () => void;
}

export const PostCard = ({ post: postRef, defaultCommentsOpen = false, showSpace = true, onDeleted }: PostCardProps) => {
  const { t, i18n } = useTranslation();
  const post = getFragmentData(PostCardFragment, postRef);
  const [editing, setEditing] = useState(false);
  const [commentsOpen, setCommentsOpen] = useState(defaultCommentsOpen);
  const locale = i18n.language;

  const badges: PostCardBadge[] = [
    { key: 'kind', label: t(`posts.kind.${post.kind}`), color: post.kind === 'STATUS' ? 'gray' : 'indigo', testId: 'post-kind' },
  ];
  if (post.pinned) badges.push({ key: 'pinned', label: t('posts.card.pinned'), color: 'yellow', testId: 'post-pinned' });
  if (post.source.kind !== 'NATIVE') {
    badges.push({
      key: 'source',
      label: t(`posts.source.${post.source.kind}`),
      color: 'grape',
      href: post.source.externalUrl ?? undefined,
      title: post.source.externalUrl ? t('posts.source.open') : undefined,
      testId: 'post-source',
    });
  }

  return (
    <PostCardView
      postId={post.id}
      author={{ name: post.author.displayName, href: `/people/${post.author.handle}`, subtitle: post.author.title }}
      space={showSpace && post.space ? { name: post.space.name, href: `/spaces/${post.space.slug}` } : null}
      spacePreposition={t('posts.card.in')}
      time={{
        label: formatRelativeTime(post.createdAt, locale),
        title: formatDateTime(post.createdAt, locale),
        dateTime: post.createdAt,
        href: `/posts/${post.id}`,
      }}
      editedLabel={post.editedAt ? t('posts.card.edited') : null}
      html={post.html}
      badges={badges}
      actions={
        post.viewerCanEdit || post.viewerCanPin ? (
          <PostActionsMenu
            postId={post.id}
            pinned={post.pinned}
            canEdit={post.viewerCanEdit}
            canPin={post.viewerCanPin}
            onEdit={() => setEditing(true)}
            onDeleted={onDeleted}
          />
        ) : null
      }
      bodyOverride={
        editing ? (
          <PostEditForm postId={post.id} body={post.body} spaceId={post.space?.id ?? null} onDone={() => setEditing(false)} />
        ) : undefined
      }
      reactions={
        <ReactionsControl
          target={{ typename: 'Post', id: post.id, counts: post.reactionCounts, viewerReaction: post.viewerReaction ?? null }}
        />
      }
      footerExtra={
        <Button
          variant="subtle"
          size="compact-sm"
          color="gray"
          onClick={() => setCommentsOpen((open) => !open)}
          aria-expanded={commentsOpen}
          leftSection={<Icon name="message" />}
          data-testid="post-comments-toggle"
        >
          {t('posts.comments.toggle', { count: post.commentCount })}
        </Button>
      }
    >
      {commentsOpen ? <PostComments postId={post.id} spaceId={post.space?.id ?? null} /> : null}
    </PostCardView>
  );
};
