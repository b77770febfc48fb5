/**
 * How hard input is arriving at this process: accepted items over the last second, in four
 * buckets of 250 ms. Processing reads it to yield to acknowledging: a sender waits on the
 * acknowledgement (and gives up after seconds), while an accepted event can wait in the inbox.
 */
export class IngestPressure {
  private static readonly BUCKET_MS = 250;
  private readonly buckets = [0, 0, 0, 0];
  private bucketStart = 0;
  private current = 0;

  /**
   * @param busyPerSecond accepts per second above which the process counts as busy.
   * @param now the clock, injectable for tests.
   */
  constructor(
    private readonly busyPerSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  record(count = 1): void {
    this.advance();
    this.buckets[this.current] = (this.buckets[this.current] ?? 0) + count;
  }

  /** Accepts over the last second (the current bucket included). */
  perSecond(): number {
    this.advance();
    return this.buckets.reduce((sum, n) => sum + n, 0);
  }

  busy(): boolean {
    return this.perSecond() >= this.busyPerSecond;
  }

  private advance(): void {
    const now = this.now();
    const elapsed = Math.floor((now - this.bucketStart) / IngestPressure.BUCKET_MS);
    if (elapsed <= 0) return;
    for (let step = 1; step <= Math.min(elapsed, this.buckets.length); step += 1) {
      this.buckets[(this.current + step) % this.buckets.length] = 0;
    }
    this.current = (this.current + elapsed) % this.buckets.length;
    this.bucketStart += elapsed * IngestPressure.BUCKET_MS;
  }
}
