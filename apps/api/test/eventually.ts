import { setTimeout as sleep } from 'node:timers/promises';

/** Polls `read` until `done` holds, for work that happens in the background (queues, watchers, listeners). */
export const eventually = async <T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await sleep(25);
  }
};
