/** What a prepared task does once every earlier task's effect has run: synchronous on purpose. */
export type Effect = () => void;

/**
 * Runs tasks' slow parts (loading from the database) concurrently and their effects (joining
 * rooms, broadcasting) strictly in the order the tasks were enqueued.
 *
 * Domain events are enqueued in the order they were emitted, so a membership change announced
 * before a post is applied to the rooms before that post is broadcast, however long either
 * takes to load. A task that fails is logged by `onError` and skipped; later tasks still run.
 */
export class OrderedEffects {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Starts `prepare` now; its effect runs after the effects of every task enqueued before it. */
  enqueue(prepare: () => Promise<Effect | undefined>): Promise<void> {
    const prepared = Promise.resolve()
      .then(prepare)
      .catch((error: unknown) => {
        this.onError(error);
        return undefined;
      });
    this.tail = Promise.all([this.tail, prepared]).then(([, effect]) => {
      try {
        effect?.();
      } catch (error) {
        this.onError(error);
      }
    });
    return this.tail;
  }

  /** Resolves once every task enqueued so far has run its effect. */
  idle(): Promise<void> {
    return this.tail;
  }
}
