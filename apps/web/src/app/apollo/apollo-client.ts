import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { createCache } from 'src/app/apollo/cache';
import { hasErrorCode } from 'src/app/apollo/error-reason';
import { clearToken, getToken } from 'src/features/auth/session/token-store';

const authLink = new SetContextLink((prevContext) => {
  const token = getToken();
  if (!token) return {};
  return { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } };
});

// An expired or revoked token must send the user back to the login page, not leave a
// half-working UI: clearing it re-renders the route guard.
const sessionLink = new ErrorLink(({ error }) => {
  if (hasErrorCode(error, 'UNAUTHENTICATED') || (ServerError.is(error) && error.statusCode === 401)) {
    clearToken();
  }
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([sessionLink, authLink, new HttpLink({ uri: '/graphql' })]),
  cache: createCache(),
  defaultOptions: {
    watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
  },
});
