import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from 'src/app/layout/AppLayout';
import { RootFallback, RootRoute } from 'src/app/layout/RootRoute';
import { RouteErrorPage } from 'src/app/layout/RouteErrorPage';
import { RequireAuth } from 'src/features/auth/components/RequireAuth';
import { RequireAdmin } from 'src/features/connectors/components/RequireAdmin';
import { NotFoundPage } from 'src/features/not-found/components/NotFoundPage';

// Each page is its own chunk: the first load only carries the shell and the current page.
const page = (load: () => Promise<ComponentType>) => async () => ({ Component: await load() });

export const router = createBrowserRouter([
  {
    element: <RootRoute />,
    HydrateFallback: RootFallback,
    ErrorBoundary: RouteErrorPage,
    children: [
      {
        path: 'login',
        lazy: page(() => import('src/features/auth/components/LoginPage').then((m) => m.LoginPage)),
      },
      {
        element: <AppLayout />,
        children: [
          {
            element: <RequireAuth />,
            ErrorBoundary: RouteErrorPage,
            children: [
              {
                index: true,
                lazy: page(() => import('src/features/feed/components/HomeFeedPage').then((m) => m.HomeFeedPage)),
              },
              {
                path: 'posts/:id',
                lazy: page(() => import('src/features/posts/components/PostPage').then((m) => m.PostPage)),
              },
              {
                path: 'spaces',
                lazy: page(() => import('src/features/spaces/components/SpacesDirectoryPage').then((m) => m.SpacesDirectoryPage)),
              },
              {
                path: 'spaces/new',
                lazy: page(() => import('src/features/spaces/components/NewSpacePage').then((m) => m.NewSpacePage)),
              },
              {
                path: 'spaces/:slug',
                lazy: page(() => import('src/features/spaces/components/SpacePage').then((m) => m.SpacePage)),
              },
              {
                path: 'people',
                lazy: page(() => import('src/features/people/components/PeopleDirectoryPage').then((m) => m.PeopleDirectoryPage)),
              },
              {
                path: 'people/:handle',
                lazy: page(() => import('src/features/people/components/ProfilePage').then((m) => m.ProfilePage)),
              },
              {
                path: 'notifications',
                lazy: page(() => import('src/features/notifications/components/NotificationsPage').then((m) => m.NotificationsPage)),
              },
              {
                path: 'tags/:tag',
                lazy: page(() => import('src/features/hashtags/components/HashtagPage').then((m) => m.HashtagPage)),
              },
              {
                path: 'search',
                lazy: page(() => import('src/features/search/components/SearchPage').then((m) => m.SearchPage)),
              },
              {
                path: 'me',
                lazy: page(() => import('src/features/people/components/MyProfilePage').then((m) => m.MyProfilePage)),
              },
              {
                path: 'admin',
                element: <RequireAdmin />,
                children: [
                  {
                    path: 'connectors',
                    lazy: page(() => import('src/features/connectors/components/ConnectorsPage').then((m) => m.ConnectorsPage)),
                  },
                  {
                    path: 'connectors/new',
                    lazy: page(() => import('src/features/connectors/components/NewConnectorPage').then((m) => m.NewConnectorPage)),
                  },
                  {
                    path: 'connectors/:id/inbox',
                    lazy: page(() => import('src/features/connectors/components/InboxPage').then((m) => m.InboxPage)),
                  },
                  {
                    path: 'inbox',
                    lazy: page(() => import('src/features/connectors/components/InboxPage').then((m) => m.InboxPage)),
                  },
                ],
              },
            ],
          },
          // Eager: the error boundary already needs it in the main chunk.
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
