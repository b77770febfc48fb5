/*
 * Tables the API derives from others by trigger. COPY would fire those triggers while the rows they
 * join are still arriving on another connection (posts and the activity log load in parallel), so
 * the loader pauses them and computes the derived rows once, with the migration's own query, after
 * every key and index is back.
 */

const ENGAGEMENT_TRIGGER = 'activity_post_engagement';

const engagementBackfill = async () => {
  const migration = new URL('../../apps/api/dist/database/migrations/1763900800000-FeedEngagementCounts.js', import.meta.url);
  const { POST_ENGAGEMENT_BACKFILL } = await import(migration);
  return POST_ENGAGEMENT_BACKFILL;
};

export const pauseEngagementCounting = (client) => client.query(`ALTER TABLE activity DISABLE TRIGGER ${ENGAGEMENT_TRIGGER}`);

export const countEngagement = async (client) => {
  await client.query('TRUNCATE post_engagement');
  await client.query(await engagementBackfill());
  await client.query(`ALTER TABLE activity ENABLE TRIGGER ${ENGAGEMENT_TRIGGER}`);
};
