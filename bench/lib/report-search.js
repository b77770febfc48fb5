import { atMost, describeScans, ms, provenance, table } from './report-format.js';

/** docs/PERFORMANCE.md: the search section (DESIGN §7). */
export const searchSection = (r) => {
  if (!r) return '## Search\n\nNot measured yet: `npm run bench -- search`.\n';
  if (r.skipped) return `## Search\n\n${provenance(r)}\n\nSkipped: ${r.skipped}.\n`;
  const rows = [
    ['p50', ms(r.api.p50), r.bare ? ms(r.bare.p50) : '—', '', ''],
    ['p99', ms(r.api.p99), r.bare ? ms(r.bare.p99) : '—', '≤ 100 ms', atMost(r.api.p99, 100, ms)],
    ['searches per second', `${Math.round(r.api.requestsPerSecond)}/s`, r.bare ? `${Math.round(r.bare.requestsPerSecond)}/s` : '—', '', ''],
  ];
  const busy =
    r.machine && r.machine.loadBefore > r.machine.cpus
      ? ` The machine was shared while it ran (load average ${r.machine.loadBefore.toFixed(1)} on ${r.machine.cpus} cores).`
      : '';
  const slowest = (r.slowestAlone ?? []).map((q) => `\`${q.query}\` ${ms(q.ms)}`).join(', ');
  const sqlBound = r.bare && r.bare.p99 >= 100;
  const note =
    r.api.p99 > 100
      ? `\n### Notes\n\n- **Search p99** is ${ms(r.api.p99)}, ${ms(r.api.p99 - 100)} over the 100 ms target${r.bare ? `; the same search code on the bare server: ${ms(r.bare.p99)}` : ''}. ` +
        (sqlBound ? 'The baseline misses it too, so the cost is in the SQL, not the framework. ' : '') +
        `One query at a time, the median takes ${ms(r.aloneMsMedian)}; the slowest are ${slowest}. ` +
        (r.slowestStatement
          ? `The slowest statement under load ran ${ms(r.slowestStatement.ms)}${r.slowestStatement.bigScans.length ? `, reading ${describeScans(r.slowestStatement.bigScans, ms)}` : ''}. `
          : '') +
        'Each search is already bounded (100 newest candidates per kind; a phrase looked for among the newest 500 rows holding its words, over 7, then 30 days, then all history, through a day-keyed GIN); what remains is an AND of common words that rarely occur together, for which PostgreSQL either walks the newest posts until enough hold both or reads every row holding each word (thousands) before the few that hold both. ' +
        'What would reach it: an index that yields matches newest first and stops early (a RUM-style ordered index, not shipped with this PostgreSQL), or per-word posting lists kept at write time for the most common words, and one API process per core for the concurrency.' +
        `${busy}\n`
      : '';
  return `## Search

${provenance(r)} ${r.queries} queries (common and rare words in English and French, with and without accents, names, customers, hashtags, prefixes, quotes, no-match words) by 2 000 viewers in rotation, ${r.connections} concurrent clients after a warm-up pass, ${r.rounds} runs of ${r.seconds} s, medians shown. Baseline: ${r.baseline}.

${table(['measure', 'API', 'bare baseline', 'target', 'verdict'], rows)}

Median hits per query: ${r.medianHits}; one query alone (warm, sequential) takes ${ms(r.aloneMsMedian)} at the median; queries with no hit: ${r.queriesWithNoHit.length ? r.queriesWithNoHit.map((q) => `\`${q}\``).join(', ') : 'none'}${r.queriesAnsweringErrors.length ? `; queries answering errors: ${r.queriesAnsweringErrors.map((q) => `\`${q}\``).join(', ')}` : ''}.
${note}`;
};
