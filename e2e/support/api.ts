import { BASE_URL } from './browser.js';

/** Sets up journey data through the public GraphQL API, as a client would. */
export const graphql = async <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
  const res = await fetch(`${BASE_URL()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: unknown[] };
  if (json.errors) throw new Error(`GraphQL error: ${JSON.stringify(json.errors)}`);
  return json.data as T;
};

export const login = async (email: string): Promise<{ token: string; userId: string }> => {
  const data = await graphql<{ login: { token: string; user: { id: string } } }>(
    `
      mutation ($email: String!, $password: String!) {
        login(email: $email, password: $password) {
          token
          user {
            id
          }
        }
      }
    `,
    { email, password: 'chantier-demo' },
  );
  return { token: data.login.token, userId: data.login.user.id };
};
