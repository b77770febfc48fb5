import { withClient } from './viewers.js';

/*
 * Why a statement is slow, in a line the report can print: it is run again under
 * EXPLAIN ANALYZE and the scans that read many rows are kept (node, table, rows, time).
 */

const SCAN =
  /(Seq Scan|Parallel Seq Scan|Bitmap Heap Scan|Index Scan|Index Only Scan)(?: Backward)?(?: using (\S+))? on (\w+).*actual time=[\d.]+\.\.([\d.]+) rows=([\d.]+) loops=(\d+)/;

export const explainStatement = (url, { ms, sql, params }) =>
  withClient(url, async (client) => {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS OFF) ${sql}`, params);
    const bigScans = rows
      .map((r) => r['QUERY PLAN'])
      .flatMap((line) => {
        const m = SCAN.exec(line);
        if (!m) return [];
        const read = Math.round(Number(m[5]) * Number(m[6]));
        return read >= 10_000 ? [{ node: m[1], index: m[2] ?? null, table: m[3], rows: read, ms: Number(m[4]) * Number(m[6]) }] : [];
      });
    return { ms, bigScans };
  });
