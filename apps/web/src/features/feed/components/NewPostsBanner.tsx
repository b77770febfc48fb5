import { useApolloClient } from '@apollo/client/react';
import { NewItemsBanner } from '@chantier/ui';
import { useTranslation } from 'react-i18next';
import { insertIntoFeeds } from 'src/app/realtime/live-posts';
import { type FeedKey, newPostsStore, useWaitingPosts } from 'src/app/realtime/new-posts-store';

export interface NewPostsBannerProps {
  feedKey: FeedKey;
  /** Posts the feed already shows (a refresh may have brought the waiting ones in). */
  shownIds: ReadonlySet<string>;
}

/** "3 new posts": puts the posts that arrived live at the top of the feed when clicked. */
export const NewPostsBanner = ({ feedKey, shownIds }: NewPostsBannerProps) => {
  const { t } = useTranslation();
  const client = useApolloClient();
  const waiting = useWaitingPosts(feedKey).filter((post) => !shownIds.has(post.id));
  if (waiting.length === 0) return null;

  const show = () => {
    const posts = newPostsStore.take(feedKey).filter((post) => !shownIds.has(post.id));
    insertIntoFeeds(client.cache, posts, [feedKey], null);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  return <NewItemsBanner label={t('feed.newPosts', { count: waiting.length })} onClick={show} data-testid="new-posts-banner" />;
};
