/**
 * SQL for the posts a home feed draws from, RECENT and TOP alike: the company stream, the spaces
 * the viewer belongs to, the spaces and people they follow, and their own posts. It says what the
 * viewer *follows*; what they may *read* is `readableFilter`, which every query ANDs with it.
 * `viewer` and `memberIds` are the placeholders of the viewer's id and member space ids.
 */
export const homeSetFilter = (
  viewer: string,
  memberIds: string,
): string => `(p.space_id IS NULL OR p.space_id = ANY(${memberIds}::uuid[]) OR p.author_id = ${viewer}
  OR p.space_id IN (SELECT target_space_id FROM follow WHERE follower_id = ${viewer} AND target_space_id IS NOT NULL)
  OR p.author_id IN (SELECT target_user_id FROM follow WHERE follower_id = ${viewer} AND target_user_id IS NOT NULL))`;
