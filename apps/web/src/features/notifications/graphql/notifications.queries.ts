import { graphql } from 'src/gql';

/** 20 for the bell and the page alike: they share one cached list (`notifications` has no key argument). */
export const NOTIFICATIONS_PAGE_SIZE = 20;

export const NotificationBellQuery = graphql(`
  query NotificationBell($first: Int!) {
    unreadNotificationCount
    notifications(first: $first) {
      edges {
        cursor
        node {
          id
          read
          ...NotificationEntry_notification
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const NotificationsPageQuery = graphql(`
  query NotificationsPage($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          read
          ...NotificationEntry_notification
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      emailDigest
      inApp {
        kind
        enabled
      }
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      emailDigest
      inApp {
        kind
        enabled
      }
    }
  }
`);
