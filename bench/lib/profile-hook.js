import { renameSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/*
 * Preloaded (`node --import`) into an API process to profile: the first SIGUSR2 starts the V8
 * CPU profiler, the second stops it and writes the profile to BENCH_PROFILE_FILE — so start-up
 * and warm-up stay out of the profile.
 */

const session = new Session();
session.connect();
let running = false;
process.on('SIGUSR2', () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () => session.post('Profiler.start'));
    return;
  }
  session.post('Profiler.stop', (error, result) => {
    const file = process.env.BENCH_PROFILE_FILE;
    writeFileSync(`${file}.tmp`, JSON.stringify(error ? { error: String(error) } : result.profile));
    renameSync(`${file}.tmp`, file); // whole or absent for the reader
  });
});
