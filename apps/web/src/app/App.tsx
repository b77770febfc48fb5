import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { apolloClient } from 'src/app/apollo/apollo-client';
import { i18n } from 'src/app/i18n/i18n';
import { router } from 'src/app/router';
import { theme } from 'src/app/theme';

export const App = () => (
  <MantineProvider theme={theme} defaultColorScheme="light">
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={apolloClient}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nextProvider>
  </MantineProvider>
);
