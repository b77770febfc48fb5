/*
 * Makes the bulk load fast without changing the schema the API's migrations built: before COPY,
 * the secondary indexes, primary/unique keys and foreign keys of the loaded tables are recorded
 * (as PostgreSQL prints them) and dropped; afterwards they are recreated from those exact
 * definitions (which also validates every key and reference in one pass), then ANALYZE.
 * Generated columns and triggers are left alone: COPY fills them as any insert would.
 */

export const LOADED_TABLES = [
  'department',
  'app_user',
  'space',
  'business_project',
  'membership',
  'follow',
  'post',
  'comment',
  'reaction',
  'activity',
];

/** Refuses to load when a migration added a required column the generator does not fill. */
export const assertColumnsCovered = async (client, columnsByTable) => {
  const { rows } = await client.query(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ANY($1) AND is_nullable = 'NO'
        AND column_default IS NULL AND is_generated = 'NEVER' AND is_identity = 'NO'`,
    [Object.keys(columnsByTable)],
  );
  const missing = rows.filter((r) => !columnsByTable[r.table_name].includes(r.column_name));
  if (missing.length) {
    throw new Error(
      `dataset M: the schema has required columns the generator does not fill: ${missing.map((r) => `${r.table_name}.${r.column_name}`).join(', ')}. ` +
        'Teach bench/dataset about them and bump its version.',
    );
  }
};

export const dropForLoad = async (client) => {
  const tables = LOADED_TABLES;
  const { rows: foreignKeys } = await client.query(
    `SELECT conname AS name, conrelid::regclass::text AS table, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint
      WHERE contype = 'f' AND connamespace = current_schema()::regnamespace
        AND (conrelid::regclass::text = ANY($1) OR confrelid::regclass::text = ANY($1))`,
    [tables],
  );
  const { rows: keys } = await client.query(
    `SELECT conname AS name, conrelid::regclass::text AS table, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint
      WHERE contype IN ('p', 'u') AND connamespace = current_schema()::regnamespace AND conrelid::regclass::text = ANY($1)`,
    [tables],
  );
  const { rows: indexes } = await client.query(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid::regclass::text = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))`,
    [tables],
  );
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.name}"`);
  for (const key of keys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  return { foreignKeys, keys, indexes };
};

/** Recreates what dropForLoad dropped, spreading index builds over the given connections. */
export const restoreAfterLoad = async (clients, { foreignKeys, keys, indexes }) => {
  const spread = async (statements) => {
    const queue = [...statements];
    await Promise.all(
      clients.map(async (client) => {
        for (let sql = queue.shift(); sql; sql = queue.shift()) await client.query(sql);
      }),
    );
  };
  // Keys first: foreign keys need them.
  await spread(keys.map((k) => `ALTER TABLE ${k.table} ADD CONSTRAINT "${k.name}" ${k.definition}`));
  await spread(indexes.map((i) => i.definition));
  // One at a time: each locks both tables it joins, and parallel ones could wait on each other.
  for (const fk of foreignKeys) await clients[0].query(`ALTER TABLE ${fk.table} ADD CONSTRAINT "${fk.name}" ${fk.definition}`);
};
