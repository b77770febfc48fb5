import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from 'src/features/not-found/components/NotFoundPage';

/** Last resort for render errors and failed lazy chunks (e.g. after a deploy): offer a reload. */
export const RouteErrorPage = () => {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  return (
    <Center mih="60dvh" p="md">
      <Stack align="center" gap="sm" maw={420} role="alert">
        <Title order={2}>{t('common.crash.title')}</Title>
        <Text c="dimmed" ta="center">
          {t('common.crash.description')}
        </Text>
        <Button onClick={() => window.location.reload()}>{t('common.crash.reload')}</Button>
      </Stack>
    </Center>
  );
};
