/*
 * Checks run once after a load: row counts, and the invariants the API itself maintains
 * (comment_count, the TOP feed's engagement counts, who may react, replies one level deep, membership of authors), so a benchmark
 * never runs on data the API could not have produced. Any broken invariant fails the load.
 */

const INVARIANTS = {
  commentCountWrong: `SELECT count(*) FROM post p
     WHERE p.comment_count <> (SELECT count(*) FROM comment c WHERE c.post_id = p.id AND c.deleted_at IS NULL)`,
  reactionsByNonReaders: `SELECT count(*) FROM reaction r
     LEFT JOIN post rp ON r.target_type = 'POST' AND rp.id = r.target_id
     LEFT JOIN comment rc ON r.target_type = 'COMMENT' AND rc.id = r.target_id
     JOIN post p ON p.id = coalesce(rp.id, rc.post_id)
     JOIN space s ON s.id = p.space_id
     WHERE s.visibility <> 'PUBLIC' AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.space_id = s.id AND m.user_id = r.user_id)`,
  reactionsWithoutTarget: `SELECT count(*) FROM reaction r
     WHERE NOT EXISTS (SELECT 1 FROM post p WHERE r.target_type = 'POST' AND p.id = r.target_id)
       AND NOT EXISTS (SELECT 1 FROM comment c WHERE r.target_type = 'COMMENT' AND c.id = r.target_id)`,
  commentsByNonReaders: `SELECT count(*) FROM comment c JOIN post p ON p.id = c.post_id JOIN space s ON s.id = p.space_id
     WHERE s.visibility <> 'PUBLIC' AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.space_id = s.id AND m.user_id = c.author_id)`,
  postsByNonMembers: `SELECT count(*) FROM post p
     WHERE p.space_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.space_id = p.space_id AND m.user_id = p.author_id)`,
  repliesTooDeepOrElsewhere: `SELECT count(*) FROM comment c JOIN comment parent ON parent.id = c.parent_id
     WHERE parent.parent_id IS NOT NULL OR parent.post_id <> c.post_id OR parent.created_at > c.created_at`,
  engagementCommentsWrong: `SELECT count(*) FROM (
       SELECT p.id, count(c.id) FILTER (WHERE c.author_id <> p.author_id) AS comments
         FROM post p LEFT JOIN comment c ON c.post_id = p.id GROUP BY p.id) counted
     LEFT JOIN post_engagement e ON e.post_id = counted.id
     WHERE coalesce(e.comments, 0) <> counted.comments`,
  commentsBeforeTheirPost: `SELECT count(*) FROM comment c JOIN post p ON p.id = c.post_id WHERE c.created_at < p.created_at`,
};

const COUNTS = ['department', 'app_user', 'space', 'business_project', 'membership', 'follow', 'post', 'comment', 'reaction', 'activity'];

export const verifyDataset = async (client) => {
  const counts = {};
  for (const table of COUNTS) counts[table] = Number((await client.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  const { rows } = await client.query(`SELECT count(*) FILTER (WHERE parent_id IS NOT NULL) AS replies,
      (SELECT count(*) FROM space WHERE visibility <> 'PUBLIC') AS "privateOrSecretSpaces" FROM comment`);
  const broken = {};
  for (const [name, sql] of Object.entries(INVARIANTS)) {
    const n = Number((await client.query(sql)).rows[0].count);
    if (n > 0) broken[name] = n;
  }
  if (Object.keys(broken).length) throw new Error(`dataset M breaks invariants: ${JSON.stringify(broken)}`);
  return { counts, replies: Number(rows[0].replies), privateOrSecretSpaces: Number(rows[0].privateOrSecretSpaces) };
};
