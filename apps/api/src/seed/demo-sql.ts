import type { EntityManager } from 'typeorm';

export type Column = readonly [name: string, sqlType: string];

/**
 * One multi-row INSERT per table: each column travels as one array parameter and `unnest`
 * zips them back into rows, so a whole table costs one round trip. Rows go in in the order
 * given, so serial ids grow with it.
 */
export const insertRows = async (
  tx: EntityManager,
  table: string,
  columns: readonly Column[],
  rows: readonly (readonly unknown[])[],
): Promise<void> => {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  await tx.query(
    `INSERT INTO ${table} (${names}) SELECT ${names} FROM unnest(${arrays}) WITH ORDINALITY AS u (${names}, n) ORDER BY u.n`,
    columns.map((_, i) => rows.map((row) => row[i] ?? null)),
  );
};
