export interface GroupCommitOptions {
  /** Statements in flight at once; items arriving meanwhile wait and go together in the next one. */
  maxInFlight: number;
  /** The most items one statement carries. */
  maxGroup: number;
}

interface Waiting<I, R> {
  item: I;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: items that arrive while earlier statements are in flight are stored together by
 * the next one — one round trip and one WAL flush for many webhook deliveries instead of one
 * each — and each caller's promise settles only when the statement that stored its item has
 * committed. An idle process sends each item at once, so nothing waits on a timer. When a group
 * fails, its items are tried again one by one, so one bad item fails alone.
 */
export class GroupCommit<I, R> {
  private waiting: Waiting<I, R>[] = [];
  private inFlight = 0;

  /** @param store stores the items in one statement; answers one result per item, in order. */
  constructor(
    private readonly store: (items: I[]) => Promise<R[]>,
    private readonly options: GroupCommitOptions,
  ) {}

  add(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.waiting.length > 0) {
      void this.run(this.waiting.splice(0, this.options.maxGroup));
    }
  }

  private async run(group: Waiting<I, R>[]): Promise<void> {
    this.inFlight += 1;
    try {
      await this.settle(group);
    } finally {
      this.inFlight -= 1;
      this.pump();
    }
  }

  private async settle(group: Waiting<I, R>[]): Promise<void> {
    try {
      const results = await this.store(group.map((waiting) => waiting.item));
      group.forEach((waiting, index) => waiting.resolve(results[index]!));
    } catch (error) {
      if (group.length === 1) {
        group[0]!.reject(error);
        return;
      }
      await Promise.all(group.map((waiting) => this.settle([waiting])));
    }
  }
}
