import { IngestPressure } from './ingest-pressure.js';

describe('IngestPressure', () => {
  const at = (start: number) => {
    let now = start;
    return { clock: () => now, advance: (ms: number) => (now += ms) };
  };

  it('counts the accepts of the last second', () => {
    const time = at(10_000);
    const pressure = new IngestPressure(100, time.clock);
    pressure.record(30);
    time.advance(300);
    pressure.record(40);
    time.advance(300);
    pressure.record(50);
    expect(pressure.perSecond()).toBe(120);
    expect(pressure.busy()).toBe(true);
  });

  it('forgets accepts older than a second, bucket by bucket', () => {
    const time = at(10_000);
    const pressure = new IngestPressure(100, time.clock);
    pressure.record(80);
    time.advance(500);
    pressure.record(40);
    time.advance(600);
    expect(pressure.perSecond()).toBe(40);
    expect(pressure.busy()).toBe(false);
    time.advance(5_000);
    expect(pressure.perSecond()).toBe(0);
  });

  it('is not busy below the threshold', () => {
    const time = at(0);
    const pressure = new IngestPressure(100, time.clock);
    for (const count of [24, 24, 24]) {
      pressure.record(count);
      time.advance(250);
    }
    pressure.record(24);
    expect(pressure.perSecond()).toBe(96);
    expect(pressure.busy()).toBe(false);
    time.advance(250); // the first 24 leave the second
    pressure.record(24);
    expect(pressure.busy()).toBe(false);
    pressure.record(4);
    expect(pressure.perSecond()).toBe(100);
    expect(pressure.busy()).toBe(true);
  });

  it('sees a burst within its first quarter second', () => {
    const time = at(0);
    const pressure = new IngestPressure(100, time.clock);
    pressure.record(24);
    expect(pressure.busy()).toBe(false);
    pressure.record();
    // 25 in a quarter second is the pace of 100/s, though the second holds only 25 so far.
    expect(pressure.perSecond()).toBe(25);
    expect(pressure.busy()).toBe(true);
    time.advance(250);
    expect(pressure.busy()).toBe(false);
  });

  it('adds what other processes report, and forgets a report a second old', () => {
    const time = at(0);
    const pressure = new IngestPressure(100, time.clock);
    pressure.record(10);
    pressure.observe('api-2', 70);
    pressure.observe('api-3', 30);
    expect(pressure.localPerSecond()).toBe(10);
    expect(pressure.perSecond()).toBe(110);
    expect(pressure.busy()).toBe(true);
    time.advance(600);
    pressure.observe('api-2', 50);
    time.advance(500);
    expect(pressure.perSecond()).toBe(50); // api-3 and this process's own accepts are over a second old
    time.advance(600);
    expect(pressure.perSecond()).toBe(0);
  });

  it('a newer report of the same process replaces its older one', () => {
    const pressure = new IngestPressure(100, at(0).clock);
    pressure.observe('api-2', 400);
    pressure.observe('api-2', 20);
    expect(pressure.perSecond()).toBe(20);
  });
});
