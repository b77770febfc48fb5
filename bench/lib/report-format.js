/** Number formatting and target verdicts shared by the report sections. */

export const ms = (value) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : '—');
export const perSecond = (value) => (Number.isFinite(value) ? `${Math.round(value)}/s` : '—');
export const percent = (ratio) => (Number.isFinite(ratio) ? `${Math.round(ratio * 100)} %` : '—');
export const points = (ratio) => {
  const n = Math.round(ratio * 100);
  return Number.isFinite(ratio) ? `${n} point${n === 1 ? '' : 's'}` : '—';
};
export const times = (ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—');
export const seconds = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} s` : '—');

/**
 * Each open-loop run's p99, marked when a checkpoint ran during it or when the load generator's own
 * event loop stalled long enough (≥ 50 ms) to count in what it measured.
 */
export const runP99s = (runs = []) =>
  runs
    .map(
      (x) =>
        `${ms(x.p99)}${x.checkpointsDuringRun ? ' (checkpoint)' : ''}${x.generatorLoopDelayMaxMs >= 50 ? ` (client stalled ${ms(x.generatorLoopDelayMaxMs)})` : ''}`,
    )
    .join(', ');

/** "met" or "missed by …" for a figure that must stay at or under `limit`. */
export const atMost = (value, limit, show) =>
  !Number.isFinite(value)
    ? 'not measured'
    : value <= limit
      ? 'met'
      : `**missed** by ${show(value - limit)} (${percent(value / limit - 1)} over)`;

/** "met" or "missed by …" for a figure that must reach at least `floor`. */
export const atLeast = (value, floor, show) =>
  !Number.isFinite(value)
    ? 'not measured'
    : value >= floor
      ? 'met'
      : `**missed** by ${show(floor - value)} (${percent(1 - value / floor)} short)`;

/** The line under each table: which commit, dataset and command made it, and how busy the machine was. */
export const provenance = (r) => {
  const load = r.machine
    ? `; load average ${r.machine.loadBefore.toFixed(1)} → ${r.machine.loadAfter.toFixed(1)} on ${r.machine.cpus} cores`
    : '';
  return `Commit \`${r.commit}\`, ${r.date.slice(0, 16).replace('T', ' ')} UTC, dataset ${r.dataset ?? '—'}, \`${r.command}\`${load}.`;
};

export const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** "`activity` by Seq Scan (1600000 rows, 1251 ms)" for each big scan an EXPLAIN found (bench/lib/explain.js). */
export const describeScans = (scans, show) =>
  (scans ?? []).map((s) => `\`${s.table}\` by ${s.node}${s.index ? ` on ${s.index}` : ''} (${s.rows} rows, ${show(s.ms)})`).join(', ');
