export const USER_ROLES = ['MEMBER', 'ANALYST', 'ADMIN'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const SPACE_ROLES = ['OWNER', 'MODERATOR', 'MEMBER'] as const;
export type SpaceRole = (typeof SPACE_ROLES)[number];

export const VISIBILITIES = ['PUBLIC', 'PRIVATE', 'SECRET'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Who is asking: loaded once per request. */
export interface Viewer {
  readonly id: string;
  readonly role: UserRole;
  readonly active: boolean;
  /** spaceId → the viewer's role in that space. */
  readonly memberships: ReadonlyMap<string, SpaceRole>;
}

/** The facts about a space that access decisions need. */
export interface SpaceFacts {
  readonly id: string;
  readonly visibility: Visibility;
}

/** Where content lives: a space, or `null` for the company-wide stream. */
export type Place = SpaceFacts | null;

/** The facts about a post or comment that edit/delete decisions need. */
export interface ContentFacts {
  readonly authorId: string;
  readonly place: Place;
}

export type DenyReason =
  | 'ACCOUNT_INACTIVE'
  | 'NOT_A_MEMBER'
  | 'NOT_AUTHOR'
  | 'NOT_MODERATOR'
  | 'NOT_SPACE_OWNER'
  | 'ADMIN_ONLY'
  | 'SPACE_NOT_JOINABLE'
  | 'ALREADY_MEMBER';

export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly reason: DenyReason };

export const allow = (): Decision => ({ allowed: true });
export const deny = (reason: DenyReason): Decision => ({ allowed: false, reason });
