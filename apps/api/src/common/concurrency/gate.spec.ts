import { describe, expect, it } from '@jest/globals';

import { Gate } from './gate.js';

/** A task that records how many run with it and finishes when told to. */
const harness = (gate: Gate) => {
  let running = 0;
  const peaks: number[] = [];
  const started: string[] = [];
  const finish = new Map<string, (fail?: Error) => void>();
  const task = (name: string) =>
    gate.run(async () => {
      running += 1;
      peaks.push(running);
      started.push(name);
      try {
        await new Promise<void>((resolve, reject) => finish.set(name, (fail) => (fail ? reject(fail) : resolve())));
      } finally {
        running -= 1;
      }
      return name;
    });
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  return { task, peaks, started, finish, tick };
};

describe('Gate', () => {
  it('runs at most `limit` tasks at once and starts the others in arrival order', async () => {
    const h = harness(new Gate(2));
    const results = ['a', 'b', 'c', 'd', 'e'].map((name) => h.task(name));
    await h.tick();
    expect(h.started).toEqual(['a', 'b']);
    h.finish.get('b')!();
    await h.tick();
    expect(h.started).toEqual(['a', 'b', 'c']);
    h.finish.get('a')!();
    await h.tick();
    expect(h.started).toEqual(['a', 'b', 'c', 'd']);
    h.finish.get('c')!();
    h.finish.get('d')!();
    await h.tick();
    h.finish.get('e')!();
    await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(Math.max(...h.peaks)).toBe(2);
  });

  it('frees the place of a task that fails, and passes its error on', async () => {
    const h = harness(new Gate(1));
    const failing = h.task('a');
    const next = h.task('b');
    await h.tick();
    h.finish.get('a')!(new Error('statement timeout'));
    await expect(failing).rejects.toThrow('statement timeout');
    await h.tick();
    expect(h.started).toEqual(['a', 'b']);
    h.finish.get('b')!();
    await expect(next).resolves.toBe('b');
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new Gate(0)).toThrow('positive integer');
    expect(() => new Gate(1.5)).toThrow('positive integer');
  });
});
