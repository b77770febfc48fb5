import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useErrorMessage } from 'src/app/i18n/useErrorMessage';
import { LocaleSwitcher } from 'src/app/layout/LocaleSwitcher';
import { useLogin } from 'src/features/auth/hooks/useLogin';
import { useSessionToken } from 'src/features/auth/hooks/useSession';

interface FromState {
  from?: { pathname?: string; search?: string };
}

const targetAfterLogin = (state: unknown): string => {
  const from = (state as FromState | null)?.from;
  const path = from?.pathname && from.pathname !== '/login' ? from.pathname : '/';
  return `${path}${from?.search ?? ''}`;
};

export const LoginPage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const location = useLocation();
  const navigate = useNavigate();
  const token = useSessionToken();
  const { submit, loading, error } = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (token) return <Navigate to={targetAfterLogin(location.state)} replace />;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await submit(email.trim(), password)) {
      await navigate(targetAfterLogin(location.state), { replace: true });
    }
  };

  return (
    <Center mih="100dvh" p="md" bg="var(--mantine-color-body)">
      <Stack w="100%" maw={400} gap="lg">
        <Group justify="space-between" align="center">
          <Title order={1} size="h2">
            {t('common.appName')}
          </Title>
          <LocaleSwitcher />
        </Group>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={(event) => void handleSubmit(event)}>
            <Stack gap="md">
              <div>
                <Title order={2} size="h3">
                  {t('auth.login.title')}
                </Title>
                <Text c="dimmed" size="sm">
                  {t('auth.login.subtitle')}
                </Text>
              </div>
              {error ? (
                <Alert color="red" variant="light" role="alert" data-testid="login-error">
                  {errorMessage(error)}
                </Alert>
              ) : null}
              <TextInput
                label={t('auth.login.email')}
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                data-testid="login-email"
              />
              <PasswordInput
                label={t('auth.login.password')}
                autoComplete="current-password"
                visibilityToggleButtonProps={{
                  'aria-label': t('auth.login.showPassword'),
                }}
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                data-testid="login-password"
              />
              <Button type="submit" loading={loading} data-testid="login-submit">
                {t('auth.login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
};
