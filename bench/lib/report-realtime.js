import { atMost, ms, provenance, table, times } from './report-format.js';

/** docs/PERFORMANCE.md: the realtime fan-out section (DESIGN §7). */

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
