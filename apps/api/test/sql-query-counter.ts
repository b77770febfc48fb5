import pg from 'pg';

/**
 * Records the text of every SQL statement any pg client sends while `action` runs. The API under
 * test runs in the jest process, so wrapping the driver sees exactly the round trips it costs.
 */
export const recordQueries = async <T>(action: () => Promise<T>): Promise<[T, string[]]> => {
  const originalQuery = pg.Client.prototype.query;
  const texts: string[] = [];
  pg.Client.prototype.query = function recordingQuery(this: pg.Client, ...args: unknown[]) {
    const [config] = args as [string | { text?: string }];
    texts.push(typeof config === 'string' ? config : (config?.text ?? ''));
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof originalQuery;
  try {
    return [await action(), texts];
  } finally {
    pg.Client.prototype.query = originalQuery;
  }
};

/** How many SQL statements `request` costs. */
export const countQueries = async (request: () => Promise<unknown>): Promise<number> => (await recordQueries(request))[1].length;
