import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { clearToken } from 'src/features/auth/session/token-store';

export const useLogout = () => {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    clearToken();
    // The server keeps no session for a bearer token: forgetting it and the cached data is a logout.
    await client.clearStore();
    await navigate('/login', { replace: true });
  }, [client, navigate]);
};
