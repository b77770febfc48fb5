import type { Place, Viewer } from './types.js';

/*
 * Realtime delivery by rooms, derived from the same facts as `canReadPlace`: a socket joins the
 * rooms of its viewer, and an event about content goes to the one room of the place it lives in.
 * A viewer's rooms contain a place's room exactly when `canReadPlace` allows it (see the spec).
 *
 * Every membership gives a space room whatever the space's visibility, so a space turning PUBLIC
 * to PRIVATE (or back) needs no room change: only where its events go changes, and that is
 * decided with the space's current visibility when the event is sent.
 */

/** The room of the company stream and every PUBLIC space: every active viewer is in it. */
export const PUBLIC_ROOM = 'public';

/** A person's own room: their notifications, and the handle used to move all their sockets. */
export const userRoom = (userId: string): string => `user:${userId}`;

/** The room of a space's members, where its PRIVATE and SECRET content goes. */
export const spaceRoom = (spaceId: string): string => `space:${spaceId}`;

/** The rooms a viewer's sockets join: none for an inactive account. */
export const viewerRooms = (viewer: Viewer): string[] =>
  viewer.active ? [userRoom(viewer.id), PUBLIC_ROOM, ...[...viewer.memberships.keys()].map(spaceRoom)] : [];

/** The one room an event about content in this place is sent to (space at its current visibility). */
export const placeRoom = (place: Place): string => (place === null || place.visibility === 'PUBLIC' ? PUBLIC_ROOM : spaceRoom(place.id));
