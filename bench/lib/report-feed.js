import { atLeast, describeScans, atMost, ms, percent, perSecond, points, provenance, runP99s, table, times } from './report-format.js';

/** docs/PERFORMANCE.md: the home feed section (DESIGN §7, first target). */

const modeRows = (m) => {
  const row = (...cells) => cells;
  const always = [
    row(`${m.mode}: one page alone (sequential, median of 20)`, ms(m.onePageAloneMs?.api), ms(m.onePageAloneMs?.bare), '', '', ''),
    row(
      `${m.mode}: SQL round trips per page`,
      String(m.roundTripsPerPage.api),
      String(m.roundTripsPerPage.bare),
      '',
      '≤ 4',
      atMost(m.roundTripsPerPage.api, 4, String),
    ),
  ];
  if (m.loadSkipped)
    return [row(`${m.mode}: closed- and open-loop runs`, '—', '—', '', 'see above', `not run: ${m.loadSkipped}`), ...always];
  const { api, bare } = m.closed;
  return [
    row(
      `${m.mode}: throughput, ${m.closed.connections} closed-loop clients`,
      perSecond(api.requestsPerSecond),
      perSecond(bare.requestsPerSecond),
      percent(m.throughputRatio),
      '≥ 40 % of bare (aim 50 %)',
      atLeast(m.throughputRatio, 0.4, points),
    ),
    row(`${m.mode}: p50, same runs`, ms(api.p50), ms(bare.p50), times(api.p50 / bare.p50), '', ''),
    row(`${m.mode}: p99, same runs`, ms(api.p99), ms(bare.p99), times(m.p99Ratio), '≤ 3× bare', atMost(m.p99Ratio, 3, times)),
    row(
      `${m.mode}: open loop at ${m.open.rate}/s for ${m.open.seconds} s (half the API's max): p50`,
      ms(m.open.api.p50),
      ms(m.open.bare.p50),
      '',
      '',
      '',
    ),
    row(
      `${m.mode}: open loop at ${m.open.rate}/s: p99`,
      ms(m.open.api.p99),
      ms(m.open.bare.p99),
      '',
      '≤ 50 ms',
      atMost(m.open.api.p99, 50, ms),
    ),
    row(`${m.mode}: open loop, p99 of each run`, runP99s(m.open.api.runs), runP99s(m.open.bare.runs), '', '', ''),
    ...always,
  ];
};

const failures = (m) => (m.loadSkipped ? 0 : m.closed.api.failed + m.closed.bare.failed + m.open.api.failed + m.open.bare.failed);
const share = (list, test) => list.filter((x) => test(x.name)).reduce((sum, x) => sum + x.share, 0);

/** What the API's CPU profile says about the gap to the bare server. */
const profileCauses = (profile) => {
  if (!profile) return '';
  const causes = [];
  const jwt = profile.inclusive?.createPublicKey ?? 0;
  if (jwt >= 0.02) {
    causes.push(
      `token verification (${percent(jwt)}): jsonwebtoken 9 first tries \`crypto.createPublicKey\` on the HS256 secret string and falls back to a secret key only after that throws, on every request; giving \`JwtModule\` a \`KeyObject\` from \`createSecretKey\` skips it`,
    );
  }
  const framework = share(profile.packages, (name) =>
    /^(graphql|@apollo\/|@nestjs\/|express|router|@as-integrations\/|@escape\.tech\/|typeorm)/.test(name),
  );
  if (framework > 0)
    causes.push(`GraphQL execution and the Apollo, Nest, Express and TypeORM layers (${percent(framework)} self time in the top packages)`);
  const writes = share(profile.functions, (name) => name.startsWith('writev'));
  if (writes >= 0.05)
    causes.push(`socket writes to PostgreSQL and to clients (${percent(writes)}, in the kernel; the bare server makes the same ones)`);
  const gc = share(profile.packages, (name) => name === '(garbage collector)');
  if (gc >= 0.05) causes.push(`garbage collection (${percent(gc)})`);
  return causes.length ? ` The CPU profile above points at ${causes.join('; ')}.` : '';
};

/** Why a target was missed and what would reach it, from what the run measured. */
const notes = (r) =>
  r.modes.flatMap((m) => {
    const out = [];
    const busy =
      r.machine && r.machine.loadBefore > r.machine.cpus
        ? ` The machine was shared while it ran (load average ${r.machine.loadBefore.toFixed(1)} on ${r.machine.cpus} cores), which inflates every latency; the ratios are the fairer reading.`
        : '';
    const sqlBound = m.onePageAloneMs?.bare >= 25;
    const missed = Boolean(m.loadSkipped) || m.throughputRatio < 0.4 || m.p99Ratio > 3 || m.open.api.p99 > 50;
    if (sqlBound && missed) {
      const scans = describeScans(m.slowestStatement?.bigScans, ms);
      out.push(
        `**${m.mode}: the page's SQL is most of its cost**: one page alone takes ${ms(m.onePageAloneMs.bare)} on the bare server (${ms(m.onePageAloneMs.api)} through the API); ` +
          `the slowest statement the baseline ran took ${ms(m.slowestStatement?.ms)}${scans ? `, reading ${scans}` : ''}. ` +
          'Engagement counts are already kept at write time (`post_engagement`); what remains per page is ranking a window of 500 candidate posts and the viewer’s affinity over 30 days of their own acts. ' +
          'What would reach the targets: keep that affinity per viewer at write time as the counts are, and keep a ranked window per viewer between pages (the cursor already pins `asOf`), so that a page costs a few milliseconds as RECENT does; the API then adds little (see the throughput ratio).',
      );
    }
    if (m.loadSkipped) return out;
    const cause = sqlBound
      ? 'the cost of the page’s SQL (above), which the bare server pays too'
      : `CPU per request in the API process, behind which requests queue on its event loop.${profileCauses(r.apiProfileRecent)} What would reach it: the token fix if listed, then less work per known document (persisted queries, or serialising \`Post\` from the row without per-field resolvers), and one API process per core (the API is stateless)`;
    if (!sqlBound && m.throughputRatio < 0.4) {
      out.push(
        `**${m.mode} throughput** is ${percent(m.throughputRatio)} of the bare server's, ${points(0.4 - m.throughputRatio)} short of the 40 % floor. ` +
          `Both sides run the same statements with the same parameters and round trips, so the gap is ${cause}.${busy}`,
      );
    }
    // Said once per mode; later notes point back to it.
    const explained = !sqlBound && m.throughputRatio < 0.4;
    const again = explained ? 'the same CPU per request as the throughput gap above' : cause;
    if (m.p99Ratio > 3) out.push(`**${m.mode} p99** is ${times(m.p99Ratio)} the bare server's (target ≤ 3×): ${again}.`);
    if (m.open.api.p99 > 50) {
      out.push(
        `**${m.mode} open-loop p99** is ${ms(m.open.api.p99)} at ${m.open.rate}/s (target ≤ 50 ms); the bare server's is ${ms(m.open.bare.p99)} at the same rate: ${again}.${explained ? '' : busy}`,
      );
    }
    if (failures(m) > 0)
      out.push(
        `**${m.mode}**: ${failures(m)} requests failed, timed out or answered GraphQL errors during the runs (bench/results/feed.json).`,
      );
    if (!m.parity.startsWith('20/20'))
      out.push(`**${m.mode} baseline parity**: ${m.parity}: the baseline is not a fair comparison for this mode.`);
    return out;
  });

const profileLine = (p) =>
  p
    ? `- CPU profile of a separate API process under the RECENT load (self time, after warm-up): by package ${p.packages
        .slice(0, 8)
        .map((x) => `${x.name} ${percent(x.share)}`)
        .join(', ')}; hottest functions ${p.functions
        .slice(0, 5)
        .map((x) => `\`${x.name}\` ${percent(x.share)}`)
        .join(', ')}.`
    : '';

export const feedSection = (r) => {
  if (!r) return '## Home feed page\n\nNot measured yet: `npm run bench -- feed`.\n';
  const rows = r.modes.flatMap(modeRows);
  const skipped = Object.entries(r.skipped ?? {}).map(([mode, why]) => `- ${mode} skipped: ${why}.`);
  const perMode = r.modes.map(
    (m) => `- ${m.mode}: ${m.parity}; API RSS after each round ${m.apiRssMiBAfterEachRound.map((v) => `${Math.round(v)} MiB`).join(', ')}.`,
  );
  const noteList = notes(r);
  return `## Home feed page

${provenance(r)} ${r.viewers} viewers' tokens in rotation; closed-loop and open-loop runs alternate API and baseline, ${r.rounds} runs each, medians shown.
Baseline: \`bench/lib/bare-server.js\`, a bare \`node:http\` server on a \`pg\` pool that runs the API's own feed code and SQL (imported from the build) without Nest, Apollo, GraphQL or TypeORM; both sides verify the token, load the viewer, then the page.

${table(['measure', 'API', 'bare baseline', 'API / bare', 'target', 'verdict'], rows)}

${[...perMode, ...skipped, profileLine(r.apiProfileRecent)].filter(Boolean).join('\n')}
${noteList.length ? `\n### Notes\n\n${noteList.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
};
