import { NotificationItem } from '@chantier/ui';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelativeTime } from 'src/app/i18n/format';
import { notificationHref, notificationText } from 'src/features/notifications/notification-text';
import { type FragmentType, getFragmentData, graphql } from 'src/gql';

export const NotificationEntryFragment = graphql(`
  fragment NotificationEntry_notification on Notification {
    id
    kind
    count
    read
    createdAt
    updatedAt
    commentId
    excerpt
    actor {
      id
      displayName
      handle
    }
    post {
      id
      kind
    }
    space {
      id
      slug
      name
    }
  }
`);

export interface NotificationEntryProps {
  notification: FragmentType<typeof NotificationEntryFragment>;
  /** Shown as unread even after it was marked read (the bell marks what it shows as soon as it opens). */
  highlight?: boolean;
  onOpen?: (id: string, read: boolean) => void;
}

export const NotificationEntry = ({ notification: ref, highlight = false, onOpen }: NotificationEntryProps) => {
  const { t, i18n } = useTranslation();
  const notification = getFragmentData(NotificationEntryFragment, ref);
  return (
    <NotificationItem
      notificationId={notification.id}
      href={notificationHref(notification)}
      text={notificationText(t, notification)}
      excerpt={notification.excerpt}
      actorName={notification.actor?.displayName}
      time={{
        label: formatRelativeTime(notification.updatedAt, i18n.language),
        title: formatDateTime(notification.updatedAt, i18n.language),
        dateTime: notification.updatedAt,
      }}
      unread={highlight || !notification.read}
      unreadLabel={t('notifications.unread')}
      onOpen={() => onOpen?.(notification.id, notification.read)}
    />
  );
};
