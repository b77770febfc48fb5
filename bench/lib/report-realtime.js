import { atMost, describeScans, ms, provenance, table, times } from './report-format.js';

/** docs/PERFORMANCE.md: realtime fan-out and search sections (DESIGN §7). */

const fanoutRows = (label, part) => [
  [`${label}: p50`, ms(part.api.p50), ms(part.ws.p50), times(part.api.p50 / part.ws.p50), '', ''],
  [
    `${label}: p99`,
    ms(part.api.p99),
    ms(part.ws.p99),
    times(part.p99Ratio),
    '≤ 150 ms and ≤ 2× raw ws',
    `${atMost(part.api.p99, 150, ms)}; ratio ${atMost(part.p99Ratio, 2, times)}`,
  ],
  [
    `${label}: last socket (median over posts; worst)`,
    `${ms(part.api.lastSocket)}; ${ms(part.api.lastSocketWorst)}`,
    `${ms(part.ws.lastSocket)}; ${ms(part.ws.lastSocketWorst)}`,
    '',
    '≤ 200 ms',
    atMost(part.api.lastSocket, 200, ms),
  ],
  [`${label}: lost deliveries`, String(part.api.lost), String(part.ws.lost), '', 'none', part.api.lost === 0 ? 'met' : '**missed**'],
  [`${label}: post request → response`, ms(part.api.postResponseMs), ms(part.ws.postResponseMs), '', '', ''],
];

const fanoutNotes = (r) => {
  const out = [];
  const busy =
    r.machine && r.machine.loadBefore > r.machine.cpus
      ? ` The machine was shared while it ran (load average ${r.machine.loadBefore.toFixed(1)} on ${r.machine.cpus} cores).`
      : '';
  for (const [label, part] of [
    ['one process', r.single],
    ['two processes + Redis', r.redis],
  ]) {
    if (!part) continue;
    const missed = [];
    if (part.api.p99 > 150) missed.push(`p99 ${ms(part.api.p99)} > 150 ms`);
    if (part.p99Ratio > 2) missed.push(`${times(part.p99Ratio)} raw ws's p99 > 2×`);
    if (part.api.lastSocket > 200) missed.push(`last socket ${ms(part.api.lastSocket)} > 200 ms`);
    if (part.api.lost > 0) missed.push(`${part.api.lost} deliveries lost`);
    if (!missed.length) continue;
    out.push(
      `**Realtime, ${label}**: ${missed.join('; ')}. Latency counts from the moment the post request leaves the client, so it includes the mutation's own work up to its commit ` +
        `(the API answers the mutation in ${ms(part.api.postResponseMs)}, raw ws in ${ms(part.ws.postResponseMs)}, after its fan-out); the API's sockets get the post a median ${ms(Math.max(0, part.api.p50 - part.api.postResponseMs))} after its answer. ` +
        'What would reach it: fewer steps between commit and emit (the relay re-reads each post with one more query before emitting; the domain event could carry what the payload needs), ' +
        'and fewer sockets per process (the fan-out is one event loop writing every frame; with Redis each process writes only its own sockets' +
        "'" +
        ' frames).' +
        busy,
    );
  }
  return out;
};

export const realtimeSection = (r) => {
  if (!r) return '## Realtime fan-out\n\nNot measured yet: `npm run bench -- realtime`.\n';
  if (r.skipped) return `## Realtime fan-out\n\n${provenance(r)}\n\nSkipped: ${r.skipped}.\n`;
  const rows = [...fanoutRows('1 process', r.single), ...(r.redis ? fanoutRows('2 processes + Redis', r.redis) : [])];
  const rss = r.single.apiRssMiBWithSockets.map((v) => `${Math.round(v)} MiB`).join(', ');
  const notes = fanoutNotes(r);
  return `## Realtime fan-out

${provenance(r)} ${r.rounds} rounds × ${r.postsPerRound} posts into a ${r.space}, ${r.single.sockets.api} socket.io clients (members) vs ${r.single.sockets.ws} raw \`ws\` clients, alternating; medians of the rounds. Latency: from the post request leaving the client to \`post.created\` arriving on each socket, both stamped with the same clock in one process.
Baseline: \`bench/lib/ws-fanout-server.js\` — raw \`ws\` that commits the post and its activity row, loads the payload with the API's own SQL and sends it to the sockets of the space's members (with Redis: publishes it, and every process sends it to its own sockets).

${table(['measure', 'API (socket.io)', 'raw ws', 'API / ws', 'target', 'verdict'], rows)}

API RSS with ${r.single.sockets.api} sockets connected: ${rss} (DESIGN §7: ≤ 400 MB).
${notes.length ? `\n### Notes\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
};

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
        'Each search is already bounded (a day-keyed GIN walked over 7, then 30 days, then all history, 100 candidates per kind); what remains is an AND of common words that rarely occur together, for which the index yields every post holding each word in the window (thousands) before the few that hold both. ' +
        'What would reach it: an index that yields matches newest first and stops early (a RUM-style ordered index, not shipped with this PostgreSQL), or per-word posting lists kept at write time for the most common words, and one API process per core for the concurrency.' +
        `${busy}\n`
      : '';
  return `## Search

${provenance(r)} ${r.queries} queries (common and rare words in English and French, with and without accents, names, customers, hashtags, prefixes, quotes, no-match words) by 2 000 viewers in rotation, ${r.connections} concurrent clients after a warm-up pass, ${r.rounds} runs of ${r.seconds} s, medians shown. Baseline: ${r.baseline}.

${table(['measure', 'API', 'bare baseline', 'target', 'verdict'], rows)}

Median hits per query: ${r.medianHits}; one query alone (warm, sequential) takes ${ms(r.aloneMsMedian)} at the median; queries with no hit: ${r.queriesWithNoHit.length ? r.queriesWithNoHit.map((q) => `\`${q}\``).join(', ') : 'none'}${r.queriesAnsweringErrors.length ? `; queries answering errors: ${r.queriesAnsweringErrors.map((q) => `\`${q}\``).join(', ')}` : ''}.
${note}`;
};
