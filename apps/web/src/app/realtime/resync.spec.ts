import { describe, expect, it } from '@jest/globals';

import { createResync, notingEvents } from './resync';

/** A refetch the test answers by hand, so events can land while it is on its way. */
const manualRefetch = () => {
  const pending: (() => void)[] = [];
  let calls = 0;
  const refetch = () =>
    new Promise<void>((resolve) => {
      calls += 1;
      pending.push(resolve);
    });
  const answer = async () => {
    pending.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { refetch, answer, calls: () => calls };
};

/** A resync over a refetch the test answers by hand. */
const setup = (maxRounds?: number) => {
  const server = manualRefetch();
  return { server, resync: createResync(server.refetch, maxRounds) };
};

describe('createResync', () => {
  it('fetches once when nothing happens meanwhile', async () => {
    const { server, resync } = setup();
    const done = resync.run();
    await server.answer();
    await done;
    expect(server.calls()).toBe(1);
  });

  it('fetches again when an event landed while the answer was on its way', async () => {
    const { server, resync } = setup();
    const done = resync.run();
    resync.noteEvent();
    await server.answer();
    await server.answer();
    await done;
    expect(server.calls()).toBe(2);
  });

  it('an event after the resync finished asks for nothing', async () => {
    const { server, resync } = setup();
    const done = resync.run();
    await server.answer();
    await done;
    resync.noteEvent();
    expect(server.calls()).toBe(1);
  });

  it('a second ready during a round adds one round instead of running beside it', async () => {
    const { server, resync } = setup();
    const first = resync.run();
    await resync.run();
    expect(server.calls()).toBe(1);
    await server.answer();
    await server.answer();
    await first;
    expect(server.calls()).toBe(2);
  });

  it('stops after maxRounds under a steady stream of events', async () => {
    const { server, resync } = setup(3);
    const done = resync.run();
    for (let n = 0; n < 5; n += 1) {
      resync.noteEvent();
      await server.answer();
    }
    await done;
    expect(server.calls()).toBe(3);
  });

  it('a failed refetch ends the round without throwing', async () => {
    const resync = createResync(() => Promise.reject(new Error('offline')));
    await expect(resync.run()).resolves.toBeUndefined();
  });
});

describe('notingEvents', () => {
  it('applies each event, then notes it', async () => {
    const { server, resync } = setup();
    const applied: string[] = [];
    const handlers = notingEvents({ 'comment.created': (id: never) => applied.push(id) }, resync);
    const done = resync.run();
    handlers['comment.created']('c1' as never);
    await server.answer();
    await server.answer();
    await done;
    expect(applied).toEqual(['c1']);
    expect(server.calls()).toBe(2);
  });
});
