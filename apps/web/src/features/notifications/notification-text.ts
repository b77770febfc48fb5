import type { TFunction } from 'i18next';
import type { NotificationKind } from 'src/gql/graphql';

export interface NotificationTextInput {
  kind: NotificationKind;
  count: number;
  commentId: string | null;
  actor: { displayName: string } | null;
  space: { name: string; slug: string } | null;
  post: { id: string } | null;
}

/** The sentence a notification reads as, with plurals for gathered ones ("Alice and 3 others…"). */
export const notificationText = (t: TFunction, n: NotificationTextInput): string => {
  const actor = n.actor?.displayName ?? t('notifications.someone');
  const space = n.space?.name ?? '';
  const onComment = Boolean(n.commentId);
  switch (n.kind) {
    case 'MENTION':
      return onComment ? t('notifications.text.mentionComment', { actor }) : t('notifications.text.mentionPost', { actor });
    case 'REPLY':
      return t('notifications.text.reply', { actor });
    case 'REACTION': {
      const others = Math.max(0, n.count - 1);
      if (others === 0)
        return onComment ? t('notifications.text.reactionComment', { actor }) : t('notifications.text.reactionPost', { actor });
      return onComment
        ? t('notifications.text.reactionCommentOthers', { actor, count: others })
        : t('notifications.text.reactionPostOthers', { actor, count: others });
    }
    case 'SPACE_POST':
      if (n.count <= 1) return space ? t('notifications.text.spacePost', { actor, space }) : t('notifications.text.companyPost', { actor });
      return space
        ? t('notifications.text.spacePosts', { count: n.count, space })
        : t('notifications.text.companyPosts', { count: n.count });
    case 'CONNECTOR_EVENT':
      return space ? t('notifications.text.connectorEventIn', { actor, space }) : t('notifications.text.connectorEvent', { actor });
  }
};

/** Where a notification leads: its post, else its space, else the notifications page. */
export const notificationHref = (n: NotificationTextInput): string => {
  if (n.post) return `/posts/${n.post.id}`;
  if (n.space) return `/spaces/${n.space.slug}`;
  return '/notifications';
};
