import { useQuery } from '@apollo/client/react';
import { MarkdownHtml } from '@chantier/ui';
import { Alert, Box, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { RenderMarkdownQuery } from 'src/features/posts/graphql/posts.queries';

/**
 * Renders the draft exactly as the server will (same markdown rules, same sanitiser), after the
 * user pauses typing, instead of shipping a second markdown engine to the browser.
 */
export const MarkdownPreview = ({ body }: { body: string }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [debounced] = useDebouncedValue(body, 350);
  const skip = !debounced.trim();
  const { data, previousData, loading, error } = useQuery(RenderMarkdownQuery, {
    variables: { body: debounced },
    skip,
    fetchPolicy: 'cache-first',
  });
  const html = (data ?? previousData)?.renderMarkdown;

  if (!body.trim()) {
    return (
      <Text c="dimmed" size="sm" py="sm">
        {t('posts.composer.previewEmpty')}
      </Text>
    );
  }

  return (
    <Box mih={80} py="xs" pos="relative" data-testid="composer-preview" aria-busy={loading}>
      {error ? (
        <Alert color="red" role="alert">
          {errorMessage(error)}
        </Alert>
      ) : null}
      {html ? <MarkdownHtml html={html} /> : null}
      {loading && !html ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
    </Box>
  );
};
