import type { ReadableScope } from '@chantier/domain';

/*
 * The SELECT lists that turn post and comment rows into their GraphQL shapes in one round trip:
 * author, space, counts and the viewer's reaction come from joins and correlated subqueries,
 * never from per-row follow-up queries. $1 is always the viewer's id.
 */

const reactionColumns = (alias: string) => `
  coalesce((SELECT json_agg(json_build_object('type', rc.type, 'count', rc.n) ORDER BY rc.type)
              FROM (SELECT type, count(*)::int AS n FROM reaction WHERE target_id = ${alias}.id GROUP BY type) rc), '[]') AS "reactionCounts",
  (SELECT type FROM reaction WHERE target_id = ${alias}.id AND user_id = $1) AS "viewerReaction"`;

const authorColumn = `json_build_object('id', a.id, 'displayName', a.display_name, 'handle', a.handle, 'title', a.title) AS author`;
const spaceColumn = `CASE WHEN s.id IS NULL THEN NULL ELSE
  json_build_object('id', s.id, 'slug', s.slug, 'name', s.name, 'kind', s.kind, 'visibility', s.visibility) END AS space`;

export const POST_SELECT = `
  SELECT p.id, p.body, p.html, p.kind, p.pinned, p.created_at AS "createdAt", p.edited_at AS "editedAt",
         p.created_at::text AS "cursorTime", p.comment_count AS "commentCount",
         json_build_object('kind', p.source_kind, 'externalUrl', p.source_url) AS source,
         ${authorColumn}, ${spaceColumn}, ${reactionColumns('p')}
    FROM post p JOIN app_user a ON a.id = p.author_id LEFT JOIN space s ON s.id = p.space_id`;

export const COMMENT_SELECT = `
  SELECT c.id, c.post_id AS "postId", c.parent_id AS "parentId", c.body, c.html, c.created_at AS "createdAt",
         c.edited_at AS "editedAt", c.created_at::text AS "cursorTime",
         ${authorColumn}, ${spaceColumn}, ${reactionColumns('c')}
    FROM comment c JOIN post p ON p.id = c.post_id JOIN app_user a ON a.id = c.author_id LEFT JOIN space s ON s.id = p.space_id`;

/**
 * SQL for the readable-space set computed by `readableScope` in @chantier/domain, so the query
 * filters exactly as `canReadPlace` decides. `memberIdsParam` is the placeholder of the member space ids.
 */
export const readableFilter = (scope: ReadableScope, memberIdsParam: string): string => {
  const parts = [`p.space_id = ANY(${memberIdsParam}::uuid[])`];
  if (scope.companyStream) parts.push('p.space_id IS NULL');
  if (scope.publicSpaces) parts.push(`s.visibility = 'PUBLIC'`);
  return `(${parts.join(' OR ')})`;
};
