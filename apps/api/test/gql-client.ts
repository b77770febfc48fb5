import { expect } from '@jest/globals';

export interface GqlError {
  message: string;
  extensions?: { code?: string; reason?: string; field?: string };
}

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
}

/** A GraphQL client over real HTTP, as a browser or connector would call the API. */
export const gqlClient =
  (baseUrl: string) =>
  async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResponse<T>> => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as Omit<GqlResponse<T>, 'status'>) };
  };

/** Asserts the response succeeded and returns its data. */
export const ok = <T>(res: GqlResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data as T;
};

/** Asserts the response failed with this category (and reason, when given). */
export const expectError = (res: GqlResponse, code: string, reason?: string): GqlError => {
  expect(res.errors?.length).toBeGreaterThan(0);
  const error = res.errors![0]!;
  expect(error.extensions?.code).toBe(code);
  if (reason) expect(error.extensions?.reason).toBe(reason);
  return error;
};

/** expectError, and the input field the error names. */
export const expectFieldError = (res: GqlResponse, code: string, reason: string, field?: string): GqlError => {
  const error = expectError(res, code, reason);
  if (field) expect(error.extensions?.field).toBe(field);
  return error;
};
