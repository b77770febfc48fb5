import { isBatchedKind, type NotificationKind, notificationRecipients } from '@chantier/domain';

import { days, type DemoCalendar } from './demo-calendar.js';
import type { ActivityRow, DemoComment, DemoPerson, DemoPost, DemoReaction, DemoSpace } from './demo-model.js';
import { type DemoOrg, placeOf, viewerAt, weekdayOnOrBefore } from './demo-org.js';
import type { DemoReferences } from './demo-references.js';

/** How far back the demo has notifications: older ones would long have been read and forgotten. */
const NOTIFIED_DAYS = 14;

export interface DemoNotification {
  readonly id: string;
  readonly recipientId: string;
  readonly kind: NotificationKind;
  readonly spaceId: string | null;
  readonly groupKey: string | null;
  readonly createdAt: Date;
  // A batched notification grows while unread: the latest actor and content, and when.
  actorId: string;
  postId: string;
  commentId: string | null;
  count: number;
  updatedAt: Date;
  readAt: Date | null;
}

/** Something that notifies, with its candidates strongest reason first (as ConversationNotifier lists them). */
interface NotifyingAction {
  readonly at: Date;
  readonly actor: DemoPerson;
  readonly space: DemoSpace | null;
  readonly postId: string;
  readonly commentId: string | null;
  /** REACTION: the post or comment reacted to. */
  readonly targetId: string | null;
  readonly candidates: readonly { readonly person: DemoPerson; readonly kind: NotificationKind }[];
}

export interface NotificationInput {
  readonly org: DemoOrg;
  readonly cal: DemoCalendar;
  readonly posts: readonly DemoPost[];
  readonly comments: readonly DemoComment[];
  readonly reactions: readonly DemoReaction[];
  readonly references: DemoReferences;
  /** The whole activity log, oldest first: when each person was in the app. */
  readonly activity: readonly ActivityRow[];
  readonly newId: () => string;
}

/** Posts, comments and first reactions of the last days, in the order they happened, with who they may notify. */
const notifyingActions = ({ org, cal, posts, comments, reactions, references }: NotificationInput): NotifyingAction[] => {
  const from = cal.now.getTime() - days(NOTIFIED_DAYS);
  const person = new Map(org.people.map((p) => [p.id, p]));
  const mentioned = (contentId: string) =>
    (references.mentioned.get(contentId) ?? []).map((id) => ({ person: person.get(id)!, kind: 'MENTION' as const }));
  const actions: NotifyingAction[] = [];
  for (const post of posts) {
    if (post.at.getTime() < from) continue;
    const followers = org.follows.filter(
      (f) => f.targetSpace !== null && f.targetSpace === post.space && f.at.getTime() <= post.at.getTime(),
    );
    actions.push({
      at: post.at,
      actor: post.author,
      space: post.space,
      postId: post.id,
      commentId: null,
      targetId: null,
      candidates: [...mentioned(post.id), ...followers.map((f) => ({ person: f.follower, kind: 'SPACE_POST' as const }))],
    });
  }
  const commentById = new Map(comments.map((c) => [c.id, c]));
  for (const comment of comments) {
    if (comment.at.getTime() < from) continue;
    const replyTo = [comment.parent?.author, comment.post.author].flatMap((p) => (p ? [{ person: p, kind: 'REPLY' as const }] : []));
    const { post } = comment;
    actions.push({
      at: comment.at,
      actor: comment.author,
      space: post.space,
      postId: post.id,
      commentId: comment.id,
      targetId: null,
      candidates: [...mentioned(comment.id), ...replyTo],
    });
  }
  const postById = new Map(posts.map((p) => [p.id, p]));
  for (const reaction of reactions) {
    if (reaction.at.getTime() < from) continue;
    const comment = reaction.targetType === 'COMMENT' ? commentById.get(reaction.targetId)! : null;
    const post = comment?.post ?? postById.get(reaction.targetId)!;
    actions.push({
      at: reaction.at,
      actor: reaction.user,
      space: post.space,
      postId: post.id,
      commentId: comment?.id ?? null,
      targetId: reaction.targetId,
      candidates: [{ person: comment?.author ?? post.author, kind: 'REACTION' }],
    });
  }
  return actions.sort((a, b) => a.at.getTime() - b.at.getTime());
};

/** Notifier.notify: each candidate once (not the actor), and the domain decides who may be told what. */
const recipientsOf = (action: NotifyingAction): { userId: string; kind: NotificationKind }[] => {
  const kindsByUser = new Map<string, { person: DemoPerson; kinds: NotificationKind[] }>();
  for (const { person, kind } of action.candidates) {
    if (person.id === action.actor.id) continue;
    const entry = kindsByUser.get(person.id) ?? { person, kinds: [] };
    entry.kinds.push(kind);
    kindsByUser.set(person.id, entry);
  }
  return notificationRecipients(
    action.actor.id,
    placeOf(action.space),
    [...kindsByUser.values()].map(({ person, kinds }) => ({
      viewer: viewerAt(person, action.space, action.at),
      kinds,
      mutedKinds: new Set<NotificationKind>(),
    })),
  );
};

/** The start of the working day before yesterday (weekends skipped): nobody has opened their notifications since. */
const unreadSince = (cal: DemoCalendar): Date => cal.at(weekdayOnOrBefore(cal, weekdayOnOrBefore(cal, 1) + 1), 0);

/**
 * When each person next looked at the app after an instant: their next action or visit, as long
 * as it came before `horizon`. What happened in the last two working days is still unread, so
 * everyone (alice and bob too) opens the demo to a few new notifications.
 */
const readingMoments = (activity: readonly ActivityRow[], horizon: number): ((userId: string, after: Date) => Date | null) => {
  const seen = new Map<string, number[]>();
  for (const row of activity) {
    const at = row.at.getTime();
    if (at >= horizon) continue;
    const times = seen.get(row.actorId) ?? [];
    if (times[times.length - 1] !== at) times.push(at);
    seen.set(row.actorId, times);
  }
  return (userId, after) => {
    const times = seen.get(userId) ?? [];
    let [lo, hi] = [0, times.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! <= after.getTime()) lo = mid + 1;
      else hi = mid;
    }
    return lo < times.length ? new Date(times[lo]!) : null;
  };
};

/**
 * The notifications of the last two weeks, as NotificationsRepository.upsert would have left
 * them: one per recipient, except REACTION and SPACE_POST which gather into the recipient's open
 * (unread) notification for the same target or space. People read theirs the next time they
 * came (all at once, as "mark all read" does); a notification that grows after it was read
 * starts a new one.
 */
export const buildNotifications = (input: NotificationInput): DemoNotification[] => {
  const { cal, newId } = input;
  const nextLook = readingMoments(input.activity, unreadSince(cal).getTime());
  const notifications: DemoNotification[] = [];
  const open = new Map<string, DemoNotification>();
  for (const action of notifyingActions(input)) {
    for (const { userId, kind } of recipientsOf(action)) {
      const groupKey = !isBatchedKind(kind) ? null : kind === 'REACTION' ? action.targetId : (action.space?.id ?? null);
      const key = groupKey && `${userId}:${kind}:${groupKey}`;
      const current = key ? open.get(key) : undefined;
      const readBefore = current && nextLook(userId, current.updatedAt);
      if (current && !(readBefore && readBefore.getTime() < action.at.getTime())) {
        Object.assign(current, {
          actorId: action.actor.id,
          postId: action.postId,
          commentId: action.commentId,
          count: current.count + 1,
          updatedAt: action.at,
        });
        continue;
      }
      const notification: DemoNotification = {
        id: newId(),
        recipientId: userId,
        kind,
        spaceId: action.space?.id ?? null,
        groupKey,
        createdAt: action.at,
        actorId: action.actor.id,
        postId: action.postId,
        commentId: action.commentId,
        count: 1,
        updatedAt: action.at,
        readAt: null,
      };
      notifications.push(notification);
      if (key) open.set(key, notification);
    }
  }
  for (const n of notifications) n.readAt = nextLook(n.recipientId, n.updatedAt);
  return notifications;
};
