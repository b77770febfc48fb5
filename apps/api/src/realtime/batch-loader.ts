/** Loads many values by id in one round trip (a `WHERE id = ANY($1)` query); ids it does not return are missing. */
export type BatchFetch<V> = (ids: string[]) => Promise<ReadonlyMap<string, V>>;

interface Waiting<V> {
  promise: Promise<V | undefined>;
  resolve: (value: V | undefined) => void;
  reject: (error: unknown) => void;
}

const waiting = <V>(): Waiting<V> => {
  let resolve!: Waiting<V>['resolve'];
  let reject!: Waiting<V>['reject'];
  const promise = new Promise<V | undefined>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

/**
 * Coalesces the one-id loads asked for in the same turn of the event loop into one fetch.
 *
 * A post in a busy space announces one `notification.created` per follower in a single
 * synchronous loop; loading each with its own query held the connection pool for seconds. Ids
 * gathered until the turn ends (`setImmediate`: no added wait) go out together, and a batch that
 * reaches `maxBatch` goes out at once, so a huge one is split and its first part starts early.
 *
 * Only ids not yet sent share a fetch: an id asked for again while its batch is in flight gets a
 * fresh one, since what it names may have changed since (a batched notification's count grows).
 * Callers still decide what to do with each value, in their own order.
 */
export class BatchLoader<V> {
  private pending: Map<string, Waiting<V>> | null = null;

  constructor(
    private readonly fetch: BatchFetch<V>,
    private readonly maxBatch = 500,
  ) {}

  load(id: string): Promise<V | undefined> {
    let batch = this.pending;
    if (!batch) {
      const opened = new Map<string, Waiting<V>>();
      this.pending = batch = opened;
      setImmediate(() => this.send(opened));
    }
    let entry = batch.get(id);
    if (!entry) {
      entry = waiting<V>();
      batch.set(id, entry);
      if (batch.size >= this.maxBatch) this.send(batch);
    }
    return entry.promise;
  }

  private send(batch: Map<string, Waiting<V>>): void {
    if (this.pending !== batch) return; // already sent when it filled up
    this.pending = null;
    void Promise.resolve()
      .then(() => this.fetch([...batch.keys()]))
      .then(
        (found) => {
          for (const [id, entry] of batch) entry.resolve(found.get(id));
        },
        (error: unknown) => {
          for (const entry of batch.values()) entry.reject(error);
        },
      );
  }
}
