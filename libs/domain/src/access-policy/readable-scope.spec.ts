import { describe, expect, it } from '@jest/globals';

import { canReadPlace, canSeeSpace } from './access-policy.js';
import { type ListableScope, listableScope, type ReadableScope, readableScope } from './readable-scope.js';
import { type Place, SPACE_ROLES, type SpaceFacts, type SpaceRole, USER_ROLES, type Viewer, VISIBILITIES } from './types.js';

/*
 * The scopes are what SQL read paths filter by; the policy functions are what single-object
 * checks ask. They must never disagree, so these tests evaluate each scope the way the SQL
 * does and compare it with the policy, for every combination of generated facts.
 */

/** `space_id IS NULL OR visibility = 'PUBLIC' OR space_id = ANY(memberSpaceIds)`, as SQL evaluates it. */
const readableBySql = (scope: ReadableScope, place: Place): boolean =>
  place === null ? scope.companyStream : (scope.publicSpaces && place.visibility === 'PUBLIC') || scope.memberSpaceIds.includes(place.id);

/** `visibility <> 'SECRET' OR id = ANY(memberSpaceIds)`, as SQL evaluates it. */
const listableBySql = (scope: ListableScope, space: SpaceFacts): boolean =>
  (scope.nonSecret && space.visibility !== 'SECRET') || scope.memberSpaceIds.includes(space.id);

const MEMBERSHIP_STATES = ['none', ...SPACE_ROLES] as const;

/** One space per visibility × membership state, twice over so ids are not all alike. */
const SPACES: readonly (SpaceFacts & { membership: (typeof MEMBERSHIP_STATES)[number] })[] = [1, 2].flatMap((n) =>
  VISIBILITIES.flatMap((visibility) =>
    MEMBERSHIP_STATES.map((membership) => ({ id: `${visibility}-${membership}-${n}`.toLowerCase(), visibility, membership })),
  ),
);

const membershipsIn = (spaces: typeof SPACES): Map<string, SpaceRole> =>
  new Map(spaces.flatMap((s) => (s.membership === 'none' ? [] : [[s.id, s.membership] as const])));

const MEMBERSHIP_SETS = {
  '': () => membershipsIn(SPACES),
  ' in no space': () => new Map<string, SpaceRole>(),
  ' with a stale membership': () => new Map<string, SpaceRole>([...membershipsIn(SPACES), ['deleted-space', 'OWNER']]),
} as const satisfies Record<string, () => Map<string, SpaceRole>>;

/** Every user role, active or not, with the usual, no, or stale memberships. */
const VIEWERS: readonly { label: string; viewer: Viewer }[] = USER_ROLES.flatMap((role) =>
  [true, false].flatMap((active) =>
    Object.entries(MEMBERSHIP_SETS).map(([suffix, memberships]) => ({
      label: `${active ? 'active' : 'inactive'} ${role}${suffix}`,
      viewer: { id: 'viewer', role, active, memberships: memberships() },
    })),
  ),
);

const PLACES: readonly Place[] = [null, ...SPACES];
const describePlace = (place: Place) => (place === null ? 'the company stream' : place.id);

describe('readableScope', () => {
  it.each(VIEWERS)('agrees with canReadPlace on every place for an $label', ({ viewer }) => {
    const scope = readableScope(viewer);
    const disagreements = PLACES.filter((place) => readableBySql(scope, place) !== canReadPlace(viewer, place).allowed);
    expect(disagreements.map(describePlace)).toEqual([]);
  });

  it('lists every space the viewer belongs to, whatever its visibility', () => {
    const viewer: Viewer = { id: 'v', role: 'MEMBER', active: true, memberships: membershipsIn(SPACES) };
    expect([...readableScope(viewer).memberSpaceIds].sort()).toEqual([...membershipsIn(SPACES).keys()].sort());
  });

  it('is empty for an inactive viewer', () => {
    const viewer: Viewer = { id: 'v', role: 'ADMIN', active: false, memberships: membershipsIn(SPACES) };
    expect(readableScope(viewer)).toEqual({ companyStream: false, publicSpaces: false, memberSpaceIds: [] });
  });

  it('does not share its member list with the viewer’s memberships', () => {
    const memberships = new Map<string, SpaceRole>([['s1', 'MEMBER']]);
    const scope = readableScope({ id: 'v', role: 'MEMBER', active: true, memberships });
    memberships.set('s2', 'MEMBER');
    expect(scope.memberSpaceIds).toEqual(['s1']);
  });
});

describe('listableScope', () => {
  it.each(VIEWERS)('agrees with canSeeSpace on every space for an $label', ({ viewer }) => {
    const scope = listableScope(viewer);
    const disagreements = SPACES.filter((space) => listableBySql(scope, space) !== canSeeSpace(viewer, space).allowed);
    expect(disagreements.map((space) => space.id)).toEqual([]);
  });

  it('is empty for an inactive viewer', () => {
    const viewer: Viewer = { id: 'v', role: 'MEMBER', active: false, memberships: membershipsIn(SPACES) };
    expect(listableScope(viewer)).toEqual({ nonSecret: false, memberSpaceIds: [] });
  });
});
