import { IngestPressure } from './ingest-pressure.js';

describe('IngestPressure', () => {
  /** A pressure of 100/s on a clock the test moves. */
  const at = (start: number) => {
    let now = start;
    const advance = (ms: number) => (now += ms);
    const pressure = new IngestPressure(100, () => now);
    /** Records each count, `stepMs` apart (the clock stays at the last one). */
    const spread = (counts: number[], stepMs: number) =>
      counts.forEach((count, i) => {
        if (i > 0) advance(stepMs);
        pressure.record(count);
      });
    return { pressure, advance, spread };
  };

  it('counts the accepts of the last second', () => {
    const { pressure, spread } = at(10_000);
    spread([30, 40, 50], 300);
    expect(pressure.perSecond()).toBe(120);
    expect(pressure.busy()).toBe(true);
  });

  it('forgets accepts older than a second, bucket by bucket', () => {
    const { pressure, advance, spread } = at(10_000);
    spread([80, 40], 500);
    advance(600);
    expect(pressure.perSecond()).toBe(40);
    expect(pressure.busy()).toBe(false);
    advance(5_000);
    expect(pressure.perSecond()).toBe(0);
  });

  it('is not busy below the threshold', () => {
    const { pressure, advance, spread } = at(0);
    spread([24, 24, 24, 24], 250);
    expect(pressure.perSecond()).toBe(96);
    expect(pressure.busy()).toBe(false);
    advance(250); // the first 24 leave the second
    pressure.record(24);
    expect(pressure.busy()).toBe(false);
    pressure.record(4);
    expect(pressure.perSecond()).toBe(100);
    expect(pressure.busy()).toBe(true);
  });

  it('sees a burst within its first quarter second', () => {
    const { pressure, advance } = at(0);
    pressure.record(24);
    expect(pressure.busy()).toBe(false);
    pressure.record();
    // 25 in a quarter second is the pace of 100/s, though the second holds only 25 so far.
    expect(pressure.perSecond()).toBe(25);
    expect(pressure.busy()).toBe(true);
    advance(250);
    expect(pressure.busy()).toBe(false);
  });

  it('adds what other processes report, and forgets a report a second old', () => {
    const { pressure, advance } = at(0);
    pressure.record(10);
    pressure.observe('api-2', 70);
    pressure.observe('api-3', 30);
    expect(pressure.localPerSecond()).toBe(10);
    expect(pressure.perSecond()).toBe(110);
    expect(pressure.busy()).toBe(true);
    advance(600);
    pressure.observe('api-2', 50);
    advance(500);
    expect(pressure.perSecond()).toBe(50); // api-3 and this process's own accepts are over a second old
    advance(600);
    expect(pressure.perSecond()).toBe(0);
  });

  it('a newer report of the same process replaces its older one', () => {
    const { pressure } = at(0);
    pressure.observe('api-2', 400);
    pressure.observe('api-2', 20);
    expect(pressure.perSecond()).toBe(20);
  });
});
