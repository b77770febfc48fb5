import { randomUUID } from 'node:crypto';

import type { TestUser } from '../factories/factories.js';
import { ok } from '../gql-client.js';
import type { TestApp } from '../test-app.js';

/* GraphQL operations and helpers shared by the auth, people, spaces and activity-log specs. */

export const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email handle displayName title role locale department { id name } } }`;
export const SPACE_FIELDS = `id slug name kind visibility description memberCount viewerRole viewerFollows
  project { id externalKey customer status goal targetValue currency outcomeValue startDate endDate }`;
export const CREATE_SPACE = `mutation($input: CreateSpaceInput!) { createSpace(input: $input) { ${SPACE_FIELDS} } }`;
export const UPDATE_SPACE = `mutation($id: ID!, $input: UpdateSpaceInput!) { updateSpace(id: $id, input: $input) { ${SPACE_FIELDS} } }`;
export const JOIN = `mutation($id: ID!) { joinSpace(spaceId: $id) { id memberCount viewerRole } }`;
export const LEAVE = `mutation($id: ID!) { leaveSpace(spaceId: $id) }`;
export const ADD_MEMBER = `mutation($s: ID!, $u: ID!, $role: SpaceRole!) { addMember(spaceId: $s, userId: $u, role: $role) { id memberCount } }`;
export const REMOVE_MEMBER = `mutation($s: ID!, $u: ID!) { removeMember(spaceId: $s, userId: $u) { id memberCount } }`;
export const FOLLOW = `mutation($id: ID!) { follow(targetId: $id) }`;
export const UNFOLLOW = `mutation($id: ID!) { unfollow(targetId: $id) }`;

export type Connection<N = { id: string }> = { edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Creates a person through createUser, as `admin`. */
export const provisionUser = async (t: TestApp, admin: TestUser, overrides: Record<string, unknown> = {}) =>
  ok(
    await t.gql(
      CREATE_USER,
      {
        input: {
          email: `person-${randomUUID()}@example.test`,
          displayName: 'Provisioned Person',
          password: 'a good long password',
          ...overrides,
        },
      },
      admin.token,
    ),
  ).createUser as { id: string; email: string; handle: string };

/** Every page of a connection, by `first`. */
export const connectionPages = async (
  t: TestApp,
  query: string,
  field: string,
  variables: Record<string, unknown>,
  token: string,
  first: number,
): Promise<string[][]> => {
  const result: string[][] = [];
  let after: string | null = null;
  do {
    const connection: Connection = ok(await t.gql(query, { ...variables, first, after }, token))[field];
    result.push(connection.edges.map((e) => e.node.id));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return result;
};
