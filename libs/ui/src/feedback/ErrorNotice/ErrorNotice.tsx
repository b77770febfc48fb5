import { Alert, Button } from '@mantine/core';

export interface ErrorNoticeProps {
  title: string;
  message: string;
  retryLabel?: string;
  onRetry?: () => void;
}

export const ErrorNotice = ({ title, message, retryLabel, onRetry }: ErrorNoticeProps) => (
  <Alert color="red" variant="light" title={title} role="alert">
    {message}
    {onRetry && retryLabel ? (
      <Button variant="subtle" color="red" size="xs" ml="sm" onClick={onRetry}>
        {retryLabel}
      </Button>
    ) : null}
  </Alert>
);
