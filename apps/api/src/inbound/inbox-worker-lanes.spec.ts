import { describe, expect, it } from '@jest/globals';
import type PgBoss from 'pg-boss';

import type { InboundJob, InboxService } from './inbox.service.js';
import { InboxWorker } from './inbox.worker.js';
import { IngestPressure } from './ingest-pressure.js';
import type { JobQueue } from './job-queue.js';

/*
 * How many events the worker processes at once, as deliveries start and stop pouring in. Only the
 * scheduling is under test: processing an event is replaced by a 5 ms wait that records how many
 * run together (the processing itself is covered by the inbox and connector integration tests).
 */
const SPACING_MS = 20;

const harness = () => {
  const pressure = new IngestPressure(100);
  const woken: string[][] = [];
  const queue = { stopping: false, wake: async (ids: string[]) => void woken.push(ids), fail: async () => undefined };
  const worker = new InboxWorker({ pressure } as unknown as InboxService, null as never, queue as unknown as JobQueue, null as never, {
    enabled: true,
    busySpacingMs: SPACING_MS,
  });
  let running = 0;
  const peaks: number[] = [];
  const starts: number[] = [];
  const onEvent: (() => void)[] = [];
  worker.process = async () => {
    running += 1;
    peaks.push(running);
    starts.push(performance.now());
    for (const hook of onEvent.splice(0)) hook();
    await new Promise((resolve) => setTimeout(resolve, 5));
    running -= 1;
  };
  const jobs = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `job-${i}`, data: { id: `event-${i}` } }) as PgBoss.Job<InboundJob>);
  const run = (list: PgBoss.Job<InboundJob>[]) =>
    (worker as unknown as { run: (j: typeof list, id: string) => Promise<void> }).run(list, 'w1');
  return { pressure, queue, woken, peaks, starts, onEvent, jobs, run };
};

describe('InboxWorker lanes', () => {
  it('processes a batch four events at a time while nothing is arriving, and asks for more after a full batch', async () => {
    const h = harness();
    await h.run(h.jobs(25));
    expect(h.peaks).toHaveLength(25);
    expect(Math.max(...h.peaks)).toBe(4);
    expect(h.woken).toEqual([['w1']]);
  });

  it('drops to one event at a time, spaced out, as soon as a burst starts in the middle of a batch', async () => {
    const h = harness();
    // The burst begins while the first events are in hand, and goes on until the batch is done.
    h.onEvent.push(() => h.pressure.record(100));
    const burst = setInterval(() => h.pressure.record(100), 100);
    await h.run(h.jobs(25)).finally(() => clearInterval(burst));
    expect(h.peaks).toHaveLength(25);
    // The four lanes started together; from then on only the first takes events, one at a time,
    // each after a pause; and the batch, though full, does not wake the worker while the burst goes on.
    expect(h.peaks.slice(4).every((n) => n === 1)).toBe(true);
    const gaps = h.starts.slice(4).map((at, i) => at - (h.starts[i + 3] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(SPACING_MS - 2);
    expect(h.woken).toEqual([]);
  });

  it('finishes the batch in hand at full speed once the process is shutting down, even during a burst', async () => {
    const h = harness();
    h.pressure.record(100);
    h.queue.stopping = true;
    const began = performance.now();
    await h.run(h.jobs(25));
    expect(h.peaks).toHaveLength(25);
    expect(Math.max(...h.peaks)).toBe(4);
    expect(performance.now() - began).toBeLessThan(1_000);
    // A stopping queue takes no more work.
    expect(h.woken).toEqual([]);
  });
});
