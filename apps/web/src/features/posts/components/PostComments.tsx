import { useQuery } from '@apollo/client/react';
import { ErrorNotice, PageLoader } from '@chantier/ui';
import { Divider, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { LoadMore } from 'src/app/pagination/LoadMore';
import { useConnectionPages } from 'src/app/pagination/useConnectionPages';
import { CommentForm } from 'src/features/posts/components/CommentForm';
import { CommentItem } from 'src/features/posts/components/CommentItem';
import { PostCommentsQuery } from 'src/features/posts/graphql/posts.queries';

const PAGE_SIZE = 50;

export const PostComments = ({ postId, spaceId = null }: { postId: string; spaceId?: string | null }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(PostCommentsQuery, {
    variables: { postId, first: PAGE_SIZE },
  });
  const connection = data?.post?.comments;
  const { hasMore, loadingMore, loadMore } = useConnectionPages(connection?.pageInfo, (options) => fetchMore(options));

  const nodes = connection?.edges.map((edge) => edge.node) ?? [];
  const topLevel = nodes.filter((node) => !node.parentId);
  const repliesOf = (id: string) => nodes.filter((node) => node.parentId === id);

  return (
    <Stack gap="sm" data-testid="post-comments">
      <Divider />
      {error && !data ? (
        <ErrorNotice
          title={t('posts.comments.loadError')}
          message={errorMessage(error)}
          retryLabel={t('common.actions.retry')}
          onRetry={() => void refetch()}
        />
      ) : null}
      {loading && !data ? <PageLoader label={t('common.loading')} /> : null}
      {topLevel.map((comment) => (
        <CommentItem key={comment.id} comment={comment} onReply={() => setReplyTo(comment.id)}>
          {repliesOf(comment.id).map((reply) => (
            <CommentItem key={reply.id} comment={reply} />
          ))}
          {replyTo === comment.id ? (
            <CommentForm postId={postId} parentId={comment.id} spaceId={spaceId} autoFocus onDone={() => setReplyTo(null)} />
          ) : null}
        </CommentItem>
      ))}
      <LoadMore hasMore={hasMore} loading={loadingMore} onLoadMore={loadMore} label={t('posts.comments.more')} auto={false} />
      <CommentForm postId={postId} spaceId={spaceId} />
    </Stack>
  );
};
