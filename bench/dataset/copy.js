import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

import copyStreams from 'pg-copy-streams';

/*
 * `COPY table (columns) FROM STDIN` in PostgreSQL's text format, fed row by row with
 * backpressure: rows are joined into ~256 KB chunks, and `row` returns a promise only when the
 * server is behind, so generating and loading overlap without buffering a whole table.
 */

const CHUNK = 256 * 1024;

const encode = (value) => {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]) : text;
};

export const copyInto = async (client, table, columns) => {
  const stream = client.query(copyStreams.from(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const done = new Promise((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  done.catch(() => {}); // surfaced by end()
  let buffer = '';
  let rows = 0;
  const flush = () => {
    const ok = stream.write(buffer);
    buffer = '';
    return ok ? undefined : Promise.race([once(stream, 'drain'), done]);
  };
  return {
    /** Appends one row (values in `columns` order); await the result to respect backpressure. */
    row(values) {
      let line = encode(values[0]);
      for (let i = 1; i < values.length; i += 1) line += `\t${encode(values[i])}`;
      buffer += `${line}\n`;
      rows += 1;
      return buffer.length >= CHUNK ? flush() : undefined;
    },
    async end() {
      if (buffer) await flush();
      stream.end();
      await done;
      return rows;
    },
  };
};

/** COPY for a small table from an in-memory list of rows. */
export const copyRows = async (client, table, columns, rows) => {
  const text = rows.map((values) => `${values.map(encode).join('\t')}\n`).join('');
  await pipeline(Readable.from([text]), client.query(copyStreams.from(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  return rows.length;
};
