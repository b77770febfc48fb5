/**
 * How hard input is arriving: accepted items over the last second, this process's in four
 * buckets of 250 ms, plus what the other processes on the database last reported
 * (PressureRelay). Processing reads it to yield to acknowledging: a sender waits on the
 * acknowledgement (and gives up after seconds), while an accepted event can wait in the inbox.
 */
export class IngestPressure {
  private static readonly BUCKET_MS = 250;
  private static readonly REPORT_TTL_MS = 1_000;
  private readonly buckets = [0, 0, 0, 0];
  private bucketStart = 0;
  private current = 0;
  /** The latest rate each other process reported, and when it arrived. */
  private readonly others = new Map<string, { perSecond: number; at: number }>();

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

  /** This process's accepts over the last second (the current bucket included). */
  localPerSecond(): number {
    this.advance();
    return this.buckets.reduce((sum, n) => sum + n, 0);
  }

  /** Another process's accepts per second, as it reported them; forgotten after a second without news. */
  observe(sender: string, perSecond: number): void {
    this.others.set(sender, { perSecond, at: this.now() });
  }

  /** Accepts per second over every process: this one's and the fresh reports of the others. */
  perSecond(): number {
    const now = this.now();
    let others = 0;
    for (const [sender, report] of this.others) {
      if (now - report.at > IngestPressure.REPORT_TTL_MS) this.others.delete(sender);
      else others += report.perSecond;
    }
    return this.localPerSecond() + others;
  }

  /**
   * Whether accepts run at `busyPerSecond` or more: over the last second, or already at that pace
   * within the current quarter second, so a burst is seen in tens of milliseconds rather than after
   * a second's worth of it (at 1 000/s: 63 ms instead of 250).
   */
  busy(): boolean {
    const total = this.perSecond(); // advances the buckets first
    return total >= this.busyPerSecond || (this.buckets[this.current] ?? 0) >= this.busyPerSecond / this.buckets.length;
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
