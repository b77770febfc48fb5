import { describe, expect, it } from '@jest/globals';

import { canReadPlace } from './access-policy.js';
import { placeRoom, PUBLIC_ROOM, spaceRoom, userRoom, viewerRooms } from './realtime-rooms.js';
import { type Place, SPACE_ROLES, type SpaceFacts, type SpaceRole, USER_ROLES, type Viewer, VISIBILITIES } from './types.js';

/*
 * Realtime rooms must deliver exactly what the access policy lets a viewer read: for every
 * generated viewer and place, "the viewer's rooms contain the place's room" ⇔ canReadPlace.
 */

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

const member = (memberships: Record<string, SpaceRole>): Viewer => ({
  id: 'viewer',
  role: 'MEMBER',
  active: true,
  memberships: new Map(Object.entries(memberships)),
});

describe('realtime rooms', () => {
  it.each(VIEWERS)('deliver a place’s events to an $label exactly when canReadPlace allows it', ({ viewer }) => {
    const rooms = new Set(viewerRooms(viewer));
    const disagreements = PLACES.filter((place) => rooms.has(placeRoom(place)) !== canReadPlace(viewer, place).allowed);
    expect(disagreements.map(describePlace)).toEqual([]);
  });

  it.each(VIEWERS)('give an $label no other person’s room', ({ viewer }) => {
    const userRooms = viewerRooms(viewer).filter((room) => room.startsWith('user:'));
    expect(userRooms).toEqual(viewer.active ? [userRoom(viewer.id)] : []);
  });

  it('never send content to a person’s own room', () => {
    expect(PLACES.map(placeRoom).filter((room) => room.startsWith('user:'))).toEqual([]);
  });

  it('send the company stream and every PUBLIC space to the public room', () => {
    expect(placeRoom(null)).toBe(PUBLIC_ROOM);
    expect(placeRoom({ id: 's', visibility: 'PUBLIC' })).toBe(PUBLIC_ROOM);
  });

  it.each(['PRIVATE', 'SECRET'] as const)('send a %s space’s events to that space’s room only', (visibility) => {
    expect(placeRoom({ id: 's', visibility })).toBe(spaceRoom('s'));
  });

  it('take a space’s room away from a viewer who left it, and keep their other rooms', () => {
    const before = viewerRooms(member({ s1: 'OWNER', s2: 'MEMBER' }));
    const after = viewerRooms(member({ s2: 'MEMBER' }));
    expect(before).toContain(spaceRoom('s1'));
    expect(after).not.toContain(spaceRoom('s1'));
    expect(after).toEqual(before.filter((room) => room !== spaceRoom('s1')));
  });

  it('route a space by its current visibility, with no change to anyone’s rooms', () => {
    const outsider = new Set(viewerRooms(member({})));
    const insider = new Set(viewerRooms(member({ s1: 'MEMBER' })));
    for (const [visibility, outsiderReads] of [
      ['PUBLIC', true],
      ['PRIVATE', false],
      ['SECRET', false],
      ['PUBLIC', true],
    ] as const) {
      const room = placeRoom({ id: 's1', visibility });
      expect([outsider.has(room), insider.has(room)]).toEqual([outsiderReads, true]);
    }
  });

  it('keep user, space and public rooms apart even when ids look alike', () => {
    expect(new Set([userRoom('x'), spaceRoom('x'), PUBLIC_ROOM, userRoom('public'), spaceRoom('public')]).size).toBe(5);
  });
});
