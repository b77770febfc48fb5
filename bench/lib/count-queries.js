import { writeFileSync } from 'node:fs';

import pg from 'pg';

/*
 * Preloaded (`node --import`) into a server under test: counts the statements its pg clients
 * send (each one a round trip to PostgreSQL) and, on SIGUSR2, writes the count to
 * BENCH_QUERY_COUNT_FILE. pg is the one module instance TypeORM requires too.
 */

let sent = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  sent += 1;
  return query.apply(this, args);
};
process.on('SIGUSR2', () => writeFileSync(process.env.BENCH_QUERY_COUNT_FILE, String(sent)));
