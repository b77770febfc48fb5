import { Center, Loader } from '@mantine/core';

export interface PageLoaderProps {
  /** Accessible name of the spinner, e.g. "Loading…". */
  label: string;
}

export const PageLoader = ({ label }: PageLoaderProps) => (
  <Center py="xl" role="status" aria-label={label}>
    <Loader size="md" />
  </Center>
);
