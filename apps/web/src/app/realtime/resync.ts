/**
 * What a (re)joined socket fetches again. Events are not replayed, so once the socket is in its
 * rooms whatever is on screen is fetched afresh; but an event may arrive while those answers are
 * on their way, and an answer read before the event's commit would then overwrite what the event
 * just added (a comment vanishing, the bell counting it then not). So when an event arrived
 * during a round, one more round runs, whose answers include it — at most `maxRounds`, so a busy
 * stream cannot keep the client refetching.
 */
export interface Resync {
  /** Fetches what is on screen again (a second call while one runs asks it for one more round). */
  run(): Promise<void>;
  /** An event was applied to the cache. */
  noteEvent(): void;
}

export const createResync = (refetch: () => Promise<unknown>, maxRounds = 3): Resync => {
  let running: { stale: boolean } | null = null;
  return {
    noteEvent: () => {
      if (running) running.stale = true;
    },
    run: async () => {
      if (running) {
        running.stale = true;
        return;
      }
      const round: { stale: boolean } = { stale: true };
      running = round;
      try {
        for (let n = 0; n < maxRounds && round.stale; n += 1) {
          round.stale = false;
          await refetch().catch(() => undefined);
        }
      } finally {
        running = null;
      }
    },
  };
};

/** The same handlers, each telling `resync` once it has applied its event. */
export const notingEvents = <H extends Record<string, (payload: never) => void>>(handlers: H, resync: Resync): H =>
  Object.fromEntries(
    Object.entries(handlers).map(([event, handle]) => [
      event,
      (payload: never) => {
        handle(payload);
        resync.noteEvent();
      },
    ]),
  ) as H;
