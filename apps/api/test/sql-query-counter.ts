import pg from 'pg';

/**
 * Counts every SQL statement any pg client sends while `request` runs. The API under test runs in
 * the jest process, so wrapping the driver sees exactly the round trips a request costs.
 */
export const countQueries = async (request: () => Promise<unknown>): Promise<number> => {
  const originalQuery = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function countingQuery(this: pg.Client, ...args: unknown[]) {
    count += 1;
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof originalQuery;
  try {
    await request();
  } finally {
    pg.Client.prototype.query = originalQuery;
  }
  return count;
};
