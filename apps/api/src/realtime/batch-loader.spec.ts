import { describe, expect, it } from '@jest/globals';

import { BatchLoader } from './batch-loader.js';

/** A fetch that records the ids of each call and answers `value:<id>` for every id but those in `missing`. */
const recordingFetch = (missing: readonly string[] = []) => {
  const calls: string[][] = [];
  const fetch = (ids: string[]) => {
    calls.push(ids);
    return Promise.resolve(new Map(ids.filter((id) => !missing.includes(id)).map((id) => [id, `value:${id}`])));
  };
  return { calls, fetch };
};

describe('BatchLoader', () => {
  it('fetches the ids asked for in the same turn once, each caller getting its own value or undefined', async () => {
    const { calls, fetch } = recordingFetch(['b']);
    const loader = new BatchLoader(fetch);
    // As domain events arrive: each listener runs in its own microtask.
    const loads = ['a', 'b', 'c'].map((id) => Promise.resolve().then(() => loader.load(id)));

    expect(await Promise.all(loads)).toEqual(['value:a', undefined, 'value:c']);
    expect(calls).toEqual([['a', 'b', 'c']]);
  });

  it('sends a batch as soon as it is full, and the rest with the turn', async () => {
    const { calls, fetch } = recordingFetch();
    const loader = new BatchLoader(fetch, 2);
    const loads = ['a', 'b', 'c', 'd', 'e'].map((id) => loader.load(id));

    expect(calls).toEqual([]); // even a full batch waits for the current code to finish
    await Promise.resolve();
    expect(calls).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(await Promise.all(loads)).toEqual(['value:a', 'value:b', 'value:c', 'value:d', 'value:e']);
    expect(calls).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('shares an id asked for twice before its batch is sent, but fetches it again once it was sent', async () => {
    const { calls, fetch } = recordingFetch();
    const loader = new BatchLoader(fetch);
    const first = [loader.load('a'), loader.load('a')];
    await new Promise((resolve) => setImmediate(resolve)); // the batch is now in flight
    const again = loader.load('a');

    expect(await Promise.all([...first, again])).toEqual(['value:a', 'value:a', 'value:a']);
    expect(calls).toEqual([['a'], ['a']]);
  });

  it('fails every load of a batch whose fetch fails, and later batches still work', async () => {
    let fail = true;
    const loader = new BatchLoader((ids) =>
      fail ? Promise.reject(new Error('database down')) : Promise.resolve(new Map(ids.map((id) => [id, id]))),
    );
    const failed = [loader.load('a'), loader.load('b')].map((load) => load.catch((error: Error) => error.message));

    expect(await Promise.all(failed)).toEqual(['database down', 'database down']);
    fail = false;
    expect(await loader.load('c')).toBe('c');
  });

  it('fails a batch whose fetch throws instead of rejecting', async () => {
    const loader = new BatchLoader<string>(() => {
      throw new Error('bad query');
    });
    await expect(loader.load('a')).rejects.toThrow('bad query');
  });
});
