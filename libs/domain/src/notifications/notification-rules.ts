import { canReadPlace } from '../access-policy/access-policy.js';
import type { Place, Viewer } from '../access-policy/types.js';
import { DomainError } from '../errors/index.js';

export const NOTIFICATION_KINDS = ['MENTION', 'REPLY', 'REACTION', 'SPACE_POST', 'CONNECTOR_EVENT'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const EMAIL_DIGESTS = ['OFF', 'DAILY', 'WEEKLY'] as const;
export type EmailDigest = (typeof EMAIL_DIGESTS)[number];

/**
 * More handles than this in one post or comment are not resolved: beyond it a body is a
 * distribution list, not a conversation (ANALYTICS.md §8 also damps mass mentions).
 */
export const MAX_MENTIONS_PER_CONTENT = 50;

/** Kinds that gather into one unread notification per target (REACTION) or per followed space (SPACE_POST). */
export const isBatchedKind = (kind: NotificationKind): boolean => kind === 'REACTION' || kind === 'SPACE_POST';

/** Someone an action might notify, and why: the kinds that apply to them, strongest first. */
export interface NotificationCandidate {
  readonly viewer: Viewer;
  readonly kinds: readonly NotificationKind[];
  /** Kinds this person switched off in their preferences. */
  readonly mutedKinds: ReadonlySet<NotificationKind>;
}

export interface NotificationRecipient {
  readonly userId: string;
  readonly kind: NotificationKind;
}

/**
 * Who is notified of an action done by `actorId` in `place`: never the actor, only people who may
 * read the place, each person once, with the strongest of their kinds they have not muted (a
 * comment that mentions the post's author is one MENTION, not a MENTION and a REPLY; with MENTION
 * muted it is a REPLY).
 */
export const notificationRecipients = (
  actorId: string,
  place: Place,
  candidates: readonly NotificationCandidate[],
): NotificationRecipient[] => {
  const chosen = new Map<string, NotificationKind>();
  for (const { viewer, kinds, mutedKinds } of candidates) {
    if (viewer.id === actorId || chosen.has(viewer.id) || !canReadPlace(viewer, place).allowed) continue;
    const kind = kinds.find((k) => !mutedKinds.has(k));
    if (kind) chosen.set(viewer.id, kind);
  }
  return [...chosen].map(([userId, kind]) => ({ userId, kind }));
};

/** The people among `viewers` who may read `place`: the only ones a mention there may reach. */
export const readersOf = <V extends Viewer>(place: Place, viewers: readonly V[]): V[] =>
  viewers.filter((viewer) => canReadPlace(viewer, place).allowed);

/** Checks a preferences update names each kind at most once, or throws DUPLICATE_KIND. */
export const validatePreferenceKinds = (kinds: readonly NotificationKind[]): void => {
  const seen = new Set<NotificationKind>();
  for (const kind of kinds) {
    if (seen.has(kind)) {
      throw new DomainError('DUPLICATE_KIND', `${kind} is listed twice: give each kind once.`, { field: 'input.inApp', kind });
    }
    seen.add(kind);
  }
};
