import { allow, type ContentFacts, type Decision, deny, type Place, type SpaceFacts, type Viewer } from './types.js';

/*
 * Chantier's access rules, in one place. Every read and write path asks these functions;
 * nothing else decides who may see or do what.
 *
 * Choices worth knowing:
 * - ADMIN (IT) provisions people but gets no read access to PRIVATE or SECRET content: being
 *   in charge of the tool is not being in the conversation. Admins moderate the company-wide
 *   stream and PUBLIC spaces, and manage only PUBLIC spaces' members and settings — otherwise an
 *   admin could add themselves to a private space, or make it public, and read it.
 * - Reading a PUBLIC space is enough to comment and react; posting needs membership (one click
 *   with joinSpace), as in the team networks people already know.
 */

const isMember = (viewer: Viewer, spaceId: string): boolean => viewer.memberships.has(spaceId);

const spaceModerator = (viewer: Viewer, spaceId: string): boolean => {
  const role = viewer.memberships.get(spaceId);
  return role === 'OWNER' || role === 'MODERATOR';
};

/** May the viewer learn that this space exists (directory, `space` lookup)? */
export const canSeeSpace = (viewer: Viewer, space: SpaceFacts): Decision => {
  if (!viewer.active) return deny('ACCOUNT_INACTIVE');
  if (space.visibility === 'SECRET' && !isMember(viewer, space.id)) return deny('NOT_A_MEMBER');
  return allow();
};

/** May the viewer read what is posted in this place (posts, comments, reactions, members)? */
export const canReadPlace = (viewer: Viewer, place: Place): Decision => {
  if (!viewer.active) return deny('ACCOUNT_INACTIVE');
  if (place === null || place.visibility === 'PUBLIC') return allow();
  return isMember(viewer, place.id) ? allow() : deny('NOT_A_MEMBER');
};

/** May the viewer start a post in this place? */
export const canPostIn = (viewer: Viewer, place: Place): Decision => {
  const read = canReadPlace(viewer, place);
  if (!read.allowed) return read;
  if (place !== null && !isMember(viewer, place.id)) return deny('NOT_A_MEMBER');
  return allow();
};

/** May the viewer comment on, or react to, content in this place? */
export const canInteractIn = (viewer: Viewer, place: Place): Decision => canReadPlace(viewer, place);

/** Is the viewer a moderator of this place (pin, edit or delete anyone's content)? */
export const canModerate = (viewer: Viewer, place: Place): Decision => {
  const read = canReadPlace(viewer, place);
  if (!read.allowed) return read;
  if (place === null) return viewer.role === 'ADMIN' ? allow() : deny('NOT_MODERATOR');
  if (spaceModerator(viewer, place.id)) return allow();
  if (viewer.role === 'ADMIN' && place.visibility === 'PUBLIC') return allow();
  return deny('NOT_MODERATOR');
};

/** May the viewer edit or delete this post or comment? Authors may; so may moderators. */
export const canChangeContent = (viewer: Viewer, content: ContentFacts): Decision => {
  const read = canReadPlace(viewer, content.place);
  if (!read.allowed) return read;
  if (content.authorId === viewer.id) return allow();
  return canModerate(viewer, content.place).allowed ? allow() : deny('NOT_AUTHOR');
};

/** May the viewer pin or unpin posts in this place? */
export const canPin = (viewer: Viewer, place: Place): Decision => canModerate(viewer, place);

/** May the viewer join this space by themselves? Only PUBLIC spaces are open. */
export const canJoin = (viewer: Viewer, space: SpaceFacts): Decision => {
  if (!viewer.active) return deny('ACCOUNT_INACTIVE');
  if (isMember(viewer, space.id)) return deny('ALREADY_MEMBER');
  return space.visibility === 'PUBLIC' ? allow() : deny('SPACE_NOT_JOINABLE');
};

/** May the viewer add people to this space or change their role? */
export const canManageMembers = (viewer: Viewer, space: SpaceFacts): Decision => {
  if (!viewer.active) return deny('ACCOUNT_INACTIVE');
  if (spaceModerator(viewer, space.id)) return allow();
  if (viewer.role === 'ADMIN' && space.visibility === 'PUBLIC') return allow();
  return deny('NOT_MODERATOR');
};

/** May the viewer change the space's name, description, visibility or project? */
export const canUpdateSpace = (viewer: Viewer, space: SpaceFacts): Decision => {
  if (!viewer.active) return deny('ACCOUNT_INACTIVE');
  if (viewer.memberships.get(space.id) === 'OWNER') return allow();
  if (viewer.role === 'ADMIN' && space.visibility === 'PUBLIC') return allow();
  return deny('NOT_SPACE_OWNER');
};

/** May the viewer create spaces? Every active employee may start one. */
export const canCreateSpace = (viewer: Viewer): Decision => (viewer.active ? allow() : deny('ACCOUNT_INACTIVE'));

/** May the viewer provision people and departments (IT)? */
export const canAdministerPeople = (viewer: Viewer): Decision => {
  if (!viewer.active) return deny('ACCOUNT_INACTIVE');
  return viewer.role === 'ADMIN' ? allow() : deny('ADMIN_ONLY');
};

/** May the viewer configure connectors and read their inbox (IT)? */
export const canAdministerConnectors = (viewer: Viewer): Decision => canAdministerPeople(viewer);

/**
 * May the viewer read an inbound event's raw payload and headers? An administrator reads the
 * inbox, but once an event has landed in a space its payload is that space's content: then
 * only those who may read the space see it (docs/adr/0008). `landedIn` is null while the
 * event has reached no space (unrouted, failed, ignored).
 */
export const canReadInboundPayload = (viewer: Viewer, landedIn: SpaceFacts | null): Decision => {
  const admin = canAdministerConnectors(viewer);
  if (!admin.allowed || landedIn === null) return admin;
  return canReadPlace(viewer, landedIn);
};
