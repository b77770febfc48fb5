import { GroupCommit } from './group-commit.js';

/** A store whose statements finish when the test says so. */
const controlledStore = () => {
  const calls: { items: string[]; finish: () => void; fail: (error: Error) => void }[] = [];
  const store = (items: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      calls.push({ items, finish: () => resolve(items.map((item) => `stored ${item}`)), fail: reject });
    });
  return { calls, store };
};

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('sends an item at once when nothing is in flight', async () => {
    const { calls, store } = controlledStore();
    const group = new GroupCommit(store, { maxInFlight: 1, maxGroup: 10 });
    const result = group.add('a');
    expect(calls.map((call) => call.items)).toEqual([['a']]);
    calls[0]!.finish();
    await expect(result).resolves.toBe('stored a');
  });

  it('groups what arrives while statements are in flight, and settles each only after its own statement', async () => {
    const { calls, store } = controlledStore();
    const group = new GroupCommit(store, { maxInFlight: 1, maxGroup: 10 });
    const settled: string[] = [];
    const track = (promise: Promise<string>) => void promise.then((value) => settled.push(value));
    track(group.add('a'));
    track(group.add('b'));
    track(group.add('c'));
    expect(calls.map((call) => call.items)).toEqual([['a']]);
    calls[0]!.finish();
    await flush();
    expect(settled).toEqual(['stored a']);
    expect(calls.map((call) => call.items)).toEqual([['a'], ['b', 'c']]);
    calls[1]!.finish();
    await flush();
    expect(settled).toEqual(['stored a', 'stored b', 'stored c']);
  });

  it('keeps several statements in flight and caps a group', async () => {
    const { calls, store } = controlledStore();
    const group = new GroupCommit(store, { maxInFlight: 2, maxGroup: 2 });
    for (const item of ['a', 'b', 'c', 'd', 'e']) void group.add(item);
    expect(calls.map((call) => call.items)).toEqual([['a'], ['b']]);
    calls[0]!.finish();
    await flush();
    expect(calls.map((call) => call.items)).toEqual([['a'], ['b'], ['c', 'd']]);
    calls[1]!.finish();
    await flush();
    expect(calls.map((call) => call.items)).toEqual([['a'], ['b'], ['c', 'd'], ['e']]);
  });

  it('retries a failed group item by item, so only the bad item fails', async () => {
    const store = async (items: string[]) => {
      if (items.includes('bad')) throw new Error(`cannot store ${items.join(',')}`);
      return items.map((item) => `stored ${item}`);
    };
    let release!: () => void;
    const blocker = new Promise<void>((resolve) => (release = resolve));
    const group = new GroupCommit(async (items: string[]) => (items[0] === 'first' ? (await blocker, ['stored first']) : store(items)), {
      maxInFlight: 1,
      maxGroup: 10,
    });
    const first = group.add('first');
    const [good, bad, other] = [group.add('good'), group.add('bad'), group.add('other')];
    release();
    await expect(first).resolves.toBe('stored first');
    await expect(good).resolves.toBe('stored good');
    await expect(bad).rejects.toThrow('cannot store bad');
    await expect(other).resolves.toBe('stored other');
  });
});
