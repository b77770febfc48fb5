import { describe, expect, it } from '@jest/globals';

import { type Effect, OrderedEffects } from './ordered-effects.js';

/** A promise settled from outside, to choose in which order prepared tasks finish. */
const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('OrderedEffects', () => {
  it('runs effects in the order tasks were enqueued, whatever order their preparation finishes in', async () => {
    const errors: unknown[] = [];
    const effects = new OrderedEffects((error) => errors.push(error));
    const ran: string[] = [];
    const loads = ['membership', 'post', 'comment'].map((name) => ({ name, load: deferred<Effect>() }));
    for (const { load } of loads) void effects.enqueue(() => load.promise);

    for (const { name, load } of [...loads].reverse()) load.resolve(() => ran.push(name));
    await effects.idle();

    expect(ran).toEqual(['membership', 'post', 'comment']);
    expect(errors).toEqual([]);
  });

  it('starts every preparation at once instead of waiting for earlier ones', async () => {
    const effects = new OrderedEffects(() => undefined);
    const started: number[] = [];
    const first = deferred<Effect>();
    void effects.enqueue(() => {
      started.push(1);
      return first.promise;
    });
    const second = effects.enqueue(() => {
      started.push(2);
      return Promise.resolve(undefined);
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual([1, 2]);
    first.resolve(() => undefined);
    await second;
  });

  it('reports a failed preparation or a throwing effect and still runs the tasks after it', async () => {
    const errors: unknown[] = [];
    const effects = new OrderedEffects((error) => errors.push(error));
    const ran: string[] = [];
    void effects.enqueue(() => Promise.reject(new Error('query failed')));
    void effects.enqueue(() =>
      Promise.resolve(() => {
        throw new Error('emit failed');
      }),
    );
    void effects.enqueue(() => Promise.resolve(undefined));
    await effects.enqueue(() => Promise.resolve(() => ran.push('later')));

    expect(ran).toEqual(['later']);
    expect(errors.map((error) => (error as Error).message)).toEqual(['query failed', 'emit failed']);
  });
});
