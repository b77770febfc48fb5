import { median } from './process.js';
import { atLeast, atMost, ms, percent, perSecond, points, provenance, runP99s, seconds, table } from './report-format.js';

/** The webhook ingestion section of docs/PERFORMANCE.md, from bench/results/ingest.json. */

const fixed = (value) => (Number.isFinite(value) ? value.toFixed(1) : '—');
const share = (x) => `${x.name} ${percent(x.share)}`;

/** Where the API's CPU went under the closed loop (profiled only when a target was missed). */
const profileNote = (p) =>
  p
    ? `\n**Profile** (one API process under the closed loop, ${p.seconds} s, ${perSecond(p.eventsPerSecondWhileProfiled)} while profiled; its main thread was busy ${percent(p.cpuSeconds / p.seconds)} of the time). CPU by package (self time): ${p.packages.slice(0, 6).map(share).join(', ')}. Inclusive, API functions: ${p.inclusive.slice(0, 12).map(share).join(', ')}. Native self time: ${p.nativeSelf.slice(0, 5).map(share).join(', ')}.\n`
    : '';

const n = (value) => (Number.isFinite(value) ? value.toLocaleString('en-US').replace(/,/g, ' ') : '—');

export const ingestSection = (r) => {
  if (!r) return '## Webhook ingestion\n\nNot measured yet: `npm run bench -- ingest`.\n';
  if (r.skipped) return `## Webhook ingestion\n\n${provenance(r)} Skipped: ${r.skipped}.\n`;
  const c = r.closedLoop;
  const open = r.openLoop.flatMap((o) => [
    [
      `open loop at ${perSecond(o.rate)} for ${r.seconds} s: ack p50 / p99`,
      `${ms(o.api.p50)} / ${ms(o.api.p99)}${o.api.failed ? ` (${o.api.failed} not 2xx)` : ''}`,
      o.rate === 1_000 ? `p99 ≤ 50 ms: ${atMost(o.api.p99, 50, ms)}` : `stretch, p99 ≤ 50 ms: ${atMost(o.api.p99, 50, ms)}`,
      `${ms(o.bare.p50)} / ${ms(o.bare.p99)}`,
    ],
    ['same, p99 of each round', runP99s(o.api.rounds), '', runP99s(o.bare.rounds)],
  ]);
  const k = r.kill;
  const statements = c.api.rounds.map((round) => round.statements).filter(Boolean);
  const perAck = statements.length ? median(statements.map((x) => x.perAck)) : NaN;
  const perEvent = statements.length ? median(statements.map((x) => x.perEvent)) : NaN;
  const b = c.breakdown ?? {};
  return `## Webhook ingestion

${provenance(r)} ${r.senders} closed-loop senders posting signed GitHub \`issues\`/opened deliveries (${n(r.bodyBytes)} bytes of JSON, each its own issue and \`X-GitHub-Delivery\` id, \`X-Hub-Signature-256\`) to \`POST /hooks/:connectorId\`; an answer counts only when it is a 2xx, which the API sends after the inbox row and its pg-boss job commit. Median of ${r.rounds} rounds of ${r.seconds} s, alternating with the baseline. Baseline in the same run: \`bench/lib/bare-ingest-server.js\`, \`node:http\` + \`pg\` (20 connections, as the API) that checks the same HMAC signature (included for fairness), parses the JSON and makes one durable single-row INSERT into \`bench_inbound\`, a copy of \`inbound_event\` (same columns, indexes, unique (connector, external id) key and connector foreign key). The queue worker runs inside the API process, as by default, so processing competes with ingestion (a second measure puts it in a separate \`WORKER_ONLY\` process); each API run's backlog is drained before the next run.

${table(
  ['measure', 'API', 'target', 'baseline (same run)'],
  [
    [
      'closed loop: events/s acknowledged after commit',
      perSecond(c.api.eventsPerSecond),
      `≥ 1 000/s: ${atLeast(c.api.eventsPerSecond, 1_000, perSecond)}; stretch 2 000/s: ${atLeast(c.api.eventsPerSecond, 2_000, perSecond)}`,
      perSecond(c.bare.eventsPerSecond),
    ],
    ['closed loop: ratio to the baseline', percent(c.ratio), `≥ 30 %: ${atLeast(c.ratio, 0.3, points)}`, '100 %'],
    [
      'closed loop: API ÷ the bare server doing the API’s SQL (group commit, “group commit” below)',
      b['group-commit'] ? percent(c.api.eventsPerSecond / b['group-commit'].eventsPerSecond) : '—',
      '',
      '',
    ],
    ['closed loop: ack p50 / p99', `${ms(c.api.p50)} / ${ms(c.api.p99)}`, '', `${ms(c.bare.p50)} / ${ms(c.bare.p99)}`],
    ...(c.split
      ? [
          [
            'closed loop, queue consumed by a separate `WORKER_ONLY=1` process (API with `QUEUE_WORKERS=false`): events/s',
            perSecond(c.split.api.eventsPerSecond),
            `≥ 1 000/s: ${atLeast(c.split.api.eventsPerSecond, 1_000, perSecond)}`,
            perSecond(c.split.bare.eventsPerSecond),
          ],
          [
            'same, ratio to the baseline / ack p50 / p99',
            `${percent(c.split.ratio)} / ${ms(c.split.api.p50)} / ${ms(c.split.api.p99)}`,
            `≥ 30 %: ${atLeast(c.split.ratio, 0.3, points)}`,
            `100 % / ${ms(c.split.bare.p50)} / ${ms(c.split.bare.p99)}`,
          ],
        ]
      : []),
    ['SQL statements (round trips) per acknowledged delivery', fixed(perAck), '', '1'],
    ...(b['tx-job']
      ? [
          [
            'breakdown: the baseline + a pg-boss job in one transaction (BEGIN, INSERT, job INSERT, COMMIT)',
            '',
            '',
            `${perSecond(b['tx-job'].eventsPerSecond)}, p99 ${ms(b['tx-job'].p99)}`,
          ],
          [
            'breakdown: the same + reading the connector row first (what the API does before answering)',
            '',
            '',
            `${perSecond(b['tx-job-lookup'].eventsPerSecond)}, p99 ${ms(b['tx-job-lookup'].p99)}`,
          ],
          ...(b['one-statement']
            ? [
                [
                  'each delivery’s row and job in one statement of its own (data-modifying CTE into pgboss.job, no BEGIN/COMMIT), as the API stored them before group commit',
                  '',
                  '',
                  `${perSecond(b['one-statement'].eventsPerSecond)}, p99 ${ms(b['one-statement'].p99)}`,
                ],
                [
                  'group commit, as the API stores deliveries now: deliveries arriving while statements are in flight share the next one (rows and jobs in ONE statement, ≤ 2 in flight)',
                  '',
                  '',
                  `${perSecond(b['group-commit'].eventsPerSecond)}, p99 ${ms(b['group-commit'].p99)}`,
                ],
              ]
            : []),
        ]
      : []),
    ...open,
    [
      'queue processing into posts while acknowledging (median over the closed-loop API runs)',
      perSecond(median(c.api.rounds.map((round) => round.processedPerSecondDuringRun).filter(Number.isFinite))),
      '',
      '—',
    ],
    [
      'queue processing into posts, draining the backlog afterwards (median over the API runs)',
      perSecond(r.processedPerSecondMedian),
      '',
      '—',
    ],
    ['SQL statements per processed event (worker)', fixed(perEvent), '', '—'],
  ],
)}

**Across a SIGKILL** (${n(k.deliveries)} deliveries, ${r.senders} senders that redeliver — same id and body — on any non-2xx answer or connection error, as GitHub does; the API killed with SIGKILL once ${n(k.ackedAtKill)} were acknowledged, with ${n(k.inFlightAtKill)} requests in flight, then restarted on the same database):

${table(
  ['measure', 'result', 'target'],
  [
    ['acknowledged', `${n(k.acknowledged)} of ${n(k.deliveries)}`, 'all'],
    ['lost (acknowledged, no inbox row)', n(k.lost), `0: ${k.lost === 0 ? 'met' : '**missed**'}`],
    ['duplicated (inbox rows or posts beyond one per delivery)', n(k.duplicated), `0: ${k.duplicated === 0 ? 'met' : '**missed**'}`],
    ['inbox rows / posts made', `${n(k.inboxRows)} / ${n(k.posts)}`, `${n(k.deliveries)} / ${n(k.deliveries)}`],
    [
      'attempts that failed and were redelivered (cut by the kill, refused while down)',
      n(k.failedAttempts),
      '≥ 1 (the kill was exercised)',
    ],
    ['restart (kill → healthy again)', seconds(k.restartSeconds), ''],
    ['all acknowledged', seconds(k.ackSeconds), ''],
    ['queue drained into posts after the last acknowledgement', `${seconds(k.drainSeconds)}${k.drained ? '' : ' (**not drained**)'}`, ''],
    ['processing throughput (rows ÷ first receipt → last processed)', k.drained ? perSecond(k.processedPerSecond) : '—', ''],
  ],
)}
${k.notProcessed?.length ? `\nNot processed at the end: ${k.notProcessed.map((e) => `${e.n} ${e.status} (${e.error ?? 'no error'})`).join('; ')}.\n` : ''}${profileNote(r.profile)}${r.notes ? `\n${r.notes}\n` : ''}`;
};
