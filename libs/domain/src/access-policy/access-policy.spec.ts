import { describe, expect, it } from '@jest/globals';

import {
  canAdministerConnectors,
  canAdministerPeople,
  canChangeContent,
  canCreateSpace,
  canInteractIn,
  canJoin,
  canManageMembers,
  canModerate,
  canPin,
  canPostIn,
  canReadInboundPayload,
  canReadPlace,
  canSeeSpace,
  canUpdateSpace,
} from './access-policy.js';
import type { Decision, DenyReason, Place, SpaceFacts, SpaceRole, UserRole, Viewer, Visibility } from './types.js';

const SPACE_ID = 'space-1';
const VIEWER_ID = 'viewer-1';

const space = (visibility: Visibility): SpaceFacts => ({ id: SPACE_ID, visibility });

const viewer = (
  memberships: Record<string, SpaceRole> = {},
  { role = 'MEMBER', active = true }: { role?: UserRole; active?: boolean } = {},
): Viewer => ({ id: VIEWER_ID, role, active, memberships: new Map(Object.entries(memberships)) });

/** How the viewer relates to the space under test. */
const RELATIONS = {
  'non-member': viewer(),
  MEMBER: viewer({ [SPACE_ID]: 'MEMBER' }),
  MODERATOR: viewer({ [SPACE_ID]: 'MODERATOR' }),
  OWNER: viewer({ [SPACE_ID]: 'OWNER' }),
  'ADMIN non-member': viewer({}, { role: 'ADMIN' }),
  // Still listed as the space's owner: deactivation alone must shut every door.
  inactive: viewer({ [SPACE_ID]: 'OWNER' }, { active: false }),
} as const;
type Relation = keyof typeof RELATIONS;

type Expected = 'allowed' | DenyReason;
const decision = (expected: Expected): Decision => (expected === 'allowed' ? { allowed: true } : { allowed: false, reason: expected });

const PLACE_COLUMNS = ['company stream', 'PUBLIC', 'PRIVATE', 'SECRET'] as const;
const SPACE_COLUMNS = ['PUBLIC', 'PRIVATE', 'SECRET'] as const;
const placeFor = (column: (typeof PLACE_COLUMNS)[number]): Place => (column === 'company stream' ? null : space(column));

type Row3 = readonly [Expected, Expected, Expected];
type Row4 = readonly [Expected, Expected, Expected, Expected];

/** Flattens a relation × column matrix into `it.each` rows. */
const rows = <C extends string>(columns: readonly C[], matrix: Record<Relation, readonly Expected[]>) =>
  (Object.keys(matrix) as Relation[]).flatMap((relation) =>
    columns.map((column, i) => ({ relation, column, expected: matrix[relation][i] as Expected })),
  );

const ok = 'allowed';
const NAM = 'NOT_A_MEMBER';
const NMO = 'NOT_MODERATOR';
const INA = 'ACCOUNT_INACTIVE';

// Columns: company stream, PUBLIC, PRIVATE, SECRET.
const READ: Record<Relation, Row4> = {
  'non-member': [ok, ok, NAM, NAM],
  MEMBER: [ok, ok, ok, ok],
  MODERATOR: [ok, ok, ok, ok],
  OWNER: [ok, ok, ok, ok],
  'ADMIN non-member': [ok, ok, NAM, NAM],
  inactive: [INA, INA, INA, INA],
};

const POST: Record<Relation, Row4> = {
  'non-member': [ok, NAM, NAM, NAM],
  MEMBER: [ok, ok, ok, ok],
  MODERATOR: [ok, ok, ok, ok],
  OWNER: [ok, ok, ok, ok],
  'ADMIN non-member': [ok, NAM, NAM, NAM],
  inactive: [INA, INA, INA, INA],
};

const MODERATE: Record<Relation, Row4> = {
  'non-member': [NMO, NMO, NAM, NAM],
  MEMBER: [NMO, NMO, NMO, NMO],
  MODERATOR: [NMO, ok, ok, ok],
  OWNER: [NMO, ok, ok, ok],
  'ADMIN non-member': [ok, ok, NAM, NAM],
  inactive: [INA, INA, INA, INA],
};

// Authors may change their own content wherever they can still read it.
const CHANGE_OWN_CONTENT: Record<Relation, Row4> = READ;

const CHANGE_OTHERS_CONTENT: Record<Relation, Row4> = {
  'non-member': ['NOT_AUTHOR', 'NOT_AUTHOR', NAM, NAM],
  MEMBER: ['NOT_AUTHOR', 'NOT_AUTHOR', 'NOT_AUTHOR', 'NOT_AUTHOR'],
  MODERATOR: ['NOT_AUTHOR', ok, ok, ok],
  OWNER: ['NOT_AUTHOR', ok, ok, ok],
  'ADMIN non-member': [ok, ok, NAM, NAM],
  inactive: [INA, INA, INA, INA],
};

// Columns: PUBLIC, PRIVATE, SECRET.
const SEE: Record<Relation, Row3> = {
  'non-member': [ok, ok, NAM],
  MEMBER: [ok, ok, ok],
  MODERATOR: [ok, ok, ok],
  OWNER: [ok, ok, ok],
  'ADMIN non-member': [ok, ok, NAM],
  inactive: [INA, INA, INA],
};

const JOIN: Record<Relation, Row3> = {
  'non-member': [ok, 'SPACE_NOT_JOINABLE', 'SPACE_NOT_JOINABLE'],
  MEMBER: ['ALREADY_MEMBER', 'ALREADY_MEMBER', 'ALREADY_MEMBER'],
  MODERATOR: ['ALREADY_MEMBER', 'ALREADY_MEMBER', 'ALREADY_MEMBER'],
  OWNER: ['ALREADY_MEMBER', 'ALREADY_MEMBER', 'ALREADY_MEMBER'],
  'ADMIN non-member': [ok, 'SPACE_NOT_JOINABLE', 'SPACE_NOT_JOINABLE'],
  inactive: [INA, INA, INA],
};

const MANAGE_MEMBERS: Record<Relation, Row3> = {
  'non-member': [NMO, NMO, NMO],
  MEMBER: [NMO, NMO, NMO],
  MODERATOR: [ok, ok, ok],
  OWNER: [ok, ok, ok],
  'ADMIN non-member': [ok, NMO, NMO],
  inactive: [INA, INA, INA],
};

const UPDATE_SPACE: Record<Relation, Row3> = {
  'non-member': ['NOT_SPACE_OWNER', 'NOT_SPACE_OWNER', 'NOT_SPACE_OWNER'],
  MEMBER: ['NOT_SPACE_OWNER', 'NOT_SPACE_OWNER', 'NOT_SPACE_OWNER'],
  MODERATOR: ['NOT_SPACE_OWNER', 'NOT_SPACE_OWNER', 'NOT_SPACE_OWNER'],
  OWNER: [ok, ok, ok],
  'ADMIN non-member': [ok, 'NOT_SPACE_OWNER', 'NOT_SPACE_OWNER'],
  inactive: [INA, INA, INA],
};

describe.each([
  { name: 'canReadPlace', decide: canReadPlace, matrix: READ },
  { name: 'canInteractIn', decide: canInteractIn, matrix: READ },
  { name: 'canPostIn', decide: canPostIn, matrix: POST },
  { name: 'canModerate', decide: canModerate, matrix: MODERATE },
  { name: 'canPin', decide: canPin, matrix: MODERATE },
])('$name over every place and relation', ({ decide, matrix }) => {
  it.each(rows(PLACE_COLUMNS, matrix))('$relation in $column → $expected', ({ relation, column, expected }) => {
    expect(decide(RELATIONS[relation], placeFor(column))).toEqual(decision(expected));
  });
});

describe.each([
  { name: 'canSeeSpace', decide: canSeeSpace, matrix: SEE },
  { name: 'canJoin', decide: canJoin, matrix: JOIN },
  { name: 'canManageMembers', decide: canManageMembers, matrix: MANAGE_MEMBERS },
  { name: 'canUpdateSpace', decide: canUpdateSpace, matrix: UPDATE_SPACE },
])('$name over every visibility and relation', ({ decide, matrix }) => {
  it.each(rows(SPACE_COLUMNS, matrix))('$relation in $column → $expected', ({ relation, column, expected }) => {
    expect(decide(RELATIONS[relation], space(column))).toEqual(decision(expected));
  });
});

describe('canChangeContent over every place and relation', () => {
  it.each(rows(PLACE_COLUMNS, CHANGE_OWN_CONTENT))('own content: $relation in $column → $expected', ({ relation, column, expected }) => {
    const content = { authorId: VIEWER_ID, place: placeFor(column) };
    expect(canChangeContent(RELATIONS[relation], content)).toEqual(decision(expected));
  });

  it.each(rows(PLACE_COLUMNS, CHANGE_OTHERS_CONTENT))(
    "someone else's content: $relation in $column → $expected",
    ({ relation, column, expected }) => {
      const content = { authorId: 'someone-else', place: placeFor(column) };
      expect(canChangeContent(RELATIONS[relation], content)).toEqual(decision(expected));
    },
  );
});

describe('canCreateSpace', () => {
  it.each(['MEMBER', 'ANALYST', 'ADMIN'] as const)('lets any active %s start a space', (role) => {
    expect(canCreateSpace(viewer({}, { role }))).toEqual({ allowed: true });
  });

  it('refuses an inactive account', () => {
    expect(canCreateSpace(viewer({}, { role: 'ADMIN', active: false }))).toEqual(decision(INA));
  });
});

describe('canAdministerPeople', () => {
  it('lets an active ADMIN provision people', () => {
    expect(canAdministerPeople(viewer({}, { role: 'ADMIN' }))).toEqual({ allowed: true });
  });

  it.each(['MEMBER', 'ANALYST'] as const)('refuses a %s with ADMIN_ONLY', (role) => {
    expect(canAdministerPeople(viewer({ [SPACE_ID]: 'OWNER' }, { role }))).toEqual(decision('ADMIN_ONLY'));
  });

  it('refuses an inactive ADMIN with ACCOUNT_INACTIVE', () => {
    expect(canAdministerPeople(viewer({}, { role: 'ADMIN', active: false }))).toEqual(decision(INA));
  });
});

describe('access rules worth stating on their own', () => {
  it('hides a SECRET space from non-members', () => {
    expect(canSeeSpace(viewer(), space('SECRET'))).toEqual(decision(NAM));
  });

  it('lists a PRIVATE space to non-members but denies its content', () => {
    const outsider = viewer();
    expect(canSeeSpace(outsider, space('PRIVATE')).allowed).toBe(true);
    expect(canReadPlace(outsider, space('PRIVATE'))).toEqual(decision(NAM));
  });

  it.each(['PRIVATE', 'SECRET'] as const)('gives an ADMIN who is not a member no read of %s content', (visibility) => {
    expect(canReadPlace(viewer({}, { role: 'ADMIN' }), space(visibility))).toEqual(decision(NAM));
  });

  it('lets a plain member change their own post but not a colleague’s', () => {
    const member = viewer({ [SPACE_ID]: 'MEMBER' });
    expect(canChangeContent(member, { authorId: VIEWER_ID, place: space('PRIVATE') }).allowed).toBe(true);
    expect(canChangeContent(member, { authorId: 'colleague', place: space('PRIVATE') })).toEqual(decision('NOT_AUTHOR'));
  });

  it('lets a space moderator change anyone’s content in that space', () => {
    const moderator = viewer({ [SPACE_ID]: 'MODERATOR' });
    expect(canChangeContent(moderator, { authorId: 'colleague', place: space('SECRET') }).allowed).toBe(true);
  });

  it('grants nothing in a space from a role held in another space', () => {
    const elsewhere = viewer({ 'other-space': 'OWNER' });
    expect(canReadPlace(elsewhere, space('PRIVATE'))).toEqual(decision(NAM));
    expect(canModerate(elsewhere, space('PUBLIC'))).toEqual(decision(NMO));
  });

  describe('after leaving a space (memberships no longer contain it)', () => {
    const before = viewer({ [SPACE_ID]: 'OWNER', 'other-space': 'MEMBER' });
    const after = viewer({ 'other-space': 'MEMBER' });

    it.each(['PRIVATE', 'SECRET'] as const)('loses read access to a %s space', (visibility) => {
      expect(canReadPlace(before, space(visibility)).allowed).toBe(true);
      expect(canReadPlace(after, space(visibility))).toEqual(decision(NAM));
    });

    it('can no longer see a SECRET space', () => {
      expect(canSeeSpace(after, space('SECRET'))).toEqual(decision(NAM));
    });

    it.each(['PRIVATE', 'SECRET'] as const)('can no longer edit their own posts in a %s space', (visibility) => {
      expect(canChangeContent(after, { authorId: VIEWER_ID, place: space(visibility) })).toEqual(decision(NAM));
    });

    it('loses moderation of a PUBLIC space but keeps reading it', () => {
      expect(canModerate(after, space('PUBLIC'))).toEqual(decision(NMO));
      expect(canReadPlace(after, space('PUBLIC')).allowed).toBe(true);
    });

    it('can post in a PUBLIC space only after joining again', () => {
      expect(canPostIn(after, space('PUBLIC'))).toEqual(decision(NAM));
      expect(canJoin(after, space('PUBLIC')).allowed).toBe(true);
    });
  });

  describe('no write decision allows what reading denies', () => {
    const denied = (Object.keys(RELATIONS) as Relation[])
      .flatMap((relation) => PLACE_COLUMNS.map((column) => ({ relation, column })))
      .filter(({ relation, column }) => !canReadPlace(RELATIONS[relation], placeFor(column)).allowed);
    const writes = [canPostIn, canInteractIn, canModerate, canPin];

    it.each(denied)('$relation in $column gets the read denial from every write check', ({ relation, column }) => {
      const [who, where] = [RELATIONS[relation], placeFor(column)];
      const read = canReadPlace(who, where);
      expect(writes.map((decide) => decide(who, where))).toEqual(writes.map(() => read));
      expect(canChangeContent(who, { authorId: VIEWER_ID, place: where })).toEqual(read);
    });
  });
});

describe('canAdministerConnectors', () => {
  it('lets an active ADMIN configure connectors', () => {
    expect(canAdministerConnectors(viewer({}, { role: 'ADMIN' }))).toEqual({ allowed: true });
  });

  it.each(['MEMBER', 'ANALYST'] as const)('refuses a %s with ADMIN_ONLY', (role) => {
    expect(canAdministerConnectors(viewer({ [SPACE_ID]: 'OWNER' }, { role }))).toEqual(decision('ADMIN_ONLY'));
  });

  it('refuses an inactive ADMIN with ACCOUNT_INACTIVE', () => {
    expect(canAdministerConnectors(viewer({}, { role: 'ADMIN', active: false }))).toEqual(decision(INA));
  });
});

describe('canReadInboundPayload', () => {
  const admin = (memberships: Record<string, SpaceRole> = {}) => viewer(memberships, { role: 'ADMIN' });

  it('lets an ADMIN read the payload of an event that reached no space', () => {
    expect(canReadInboundPayload(admin(), null)).toEqual({ allowed: true });
  });

  it('lets an ADMIN read the payload of an event that landed in a PUBLIC space', () => {
    expect(canReadInboundPayload(admin(), space('PUBLIC'))).toEqual({ allowed: true });
  });

  it.each(['PRIVATE', 'SECRET'] as const)('hides the payload of an event in a %s space from a non-member ADMIN', (visibility) => {
    expect(canReadInboundPayload(admin(), space(visibility))).toEqual(decision('NOT_A_MEMBER'));
  });

  it.each(['PRIVATE', 'SECRET'] as const)('shows the payload of an event in a %s space to an ADMIN who is a member', (visibility) => {
    expect(canReadInboundPayload(admin({ [SPACE_ID]: 'MEMBER' }), space(visibility))).toEqual({ allowed: true });
  });

  it.each(['MEMBER', 'ANALYST'] as const)('refuses a %s even for a space they belong to', (role) => {
    expect(canReadInboundPayload(viewer({ [SPACE_ID]: 'OWNER' }, { role }), space('PUBLIC'))).toEqual(decision('ADMIN_ONLY'));
  });
});
