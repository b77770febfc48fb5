import enAuth from 'src/locales/en/auth.json';
import enCommon from 'src/locales/en/common.json';
import enConnectors from 'src/locales/en/connectors.json';
import enErrors from 'src/locales/en/errors.json';
import enFeed from 'src/locales/en/feed.json';
import enHashtags from 'src/locales/en/hashtags.json';
import enNotFound from 'src/locales/en/notFound.json';
import enNotifications from 'src/locales/en/notifications.json';
import enPeople from 'src/locales/en/people.json';
import enPosts from 'src/locales/en/posts.json';
import enSearch from 'src/locales/en/search.json';
import enSpaces from 'src/locales/en/spaces.json';
import frAuth from 'src/locales/fr/auth.json';
import frCommon from 'src/locales/fr/common.json';
import frConnectors from 'src/locales/fr/connectors.json';
import frErrors from 'src/locales/fr/errors.json';
import frFeed from 'src/locales/fr/feed.json';
import frHashtags from 'src/locales/fr/hashtags.json';
import frNotFound from 'src/locales/fr/notFound.json';
import frNotifications from 'src/locales/fr/notifications.json';
import frPeople from 'src/locales/fr/people.json';
import frPosts from 'src/locales/fr/posts.json';
import frSearch from 'src/locales/fr/search.json';
import frSpaces from 'src/locales/fr/spaces.json';

// Bundled (a few KB each) so the first paint is already translated, with no extra request.
export const resources = {
  en: {
    common: enCommon,
    auth: enAuth,
    feed: enFeed,
    posts: enPosts,
    spaces: enSpaces,
    people: enPeople,
    notifications: enNotifications,
    hashtags: enHashtags,
    search: enSearch,
    connectors: enConnectors,
    notFound: enNotFound,
    errors: enErrors,
  },
  fr: {
    common: frCommon,
    auth: frAuth,
    feed: frFeed,
    posts: frPosts,
    spaces: frSpaces,
    people: frPeople,
    notifications: frNotifications,
    hashtags: frHashtags,
    search: frSearch,
    connectors: frConnectors,
    notFound: frNotFound,
    errors: frErrors,
  },
};
