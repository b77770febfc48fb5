import { useApolloClient, useMutation } from '@apollo/client/react';
import { LoginMutation, MeQuery } from 'src/features/auth/graphql/auth.queries';
import { setToken } from 'src/features/auth/session/token-store';

export const useLogin = () => {
  const client = useApolloClient();
  const [login, { loading, error }] = useMutation(LoginMutation);

  const submit = async (email: string, password: string): Promise<boolean> => {
    const { data } = await login({ variables: { email, password } }).catch(() => ({ data: undefined }));
    if (!data) return false;
    // Drop whatever a previous session cached before anything renders for the new user.
    await client.clearStore();
    setToken(data.login.token);
    client.writeQuery({ query: MeQuery, data: { me: data.login.user } });
    return true;
  };

  return { submit, loading, error };
};
