import { useQuery } from '@apollo/client/react';
import { ErrorNotice, PageLoader } from '@chantier/ui';
import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isNotFoundError } from 'src/app/apollo/error-reason';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { NotFoundPage } from 'src/features/not-found/components/NotFoundPage';
import { PostCard } from 'src/features/posts/components/PostCard';
import { PostPageQuery } from 'src/features/posts/graphql/posts.queries';

export const PostPage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PostPageQuery, { variables: { id } });

  if (loading && !data) return <PageLoader label={t('common.loading')} />;
  // Unreadable content answers NOT_FOUND on purpose: show it exactly like a missing post.
  if (isNotFoundError(error) || (data && !data.post)) return <NotFoundPage />;
  if (error || !data?.post) {
    return (
      <ErrorNotice
        title={t('posts.page.loadError')}
        message={errorMessage(error)}
        retryLabel={t('common.actions.retry')}
        onRetry={() => void refetch()}
      />
    );
  }

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/" size="sm">
        ← {t('posts.page.backToFeed')}
      </Anchor>
      <PostCard post={data.post} defaultCommentsOpen onDeleted={() => void navigate('/', { replace: true })} />
    </Stack>
  );
};
