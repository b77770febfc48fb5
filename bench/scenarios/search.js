import { graphql, newJwtSecret, signToken, startApi, startBare, supports } from '../lib/api.js';
import { explainStatement } from '../lib/explain.js';
import { closedLoop } from '../lib/load.js';
import { median } from '../lib/process.js';
import { sampleViewers } from '../lib/viewers.js';

/*
 * Search over dataset M (DESIGN §7: p99 ≤ 100 ms at 8 concurrent searches after a warm-up pass):
 * a mix of what people type — common and rare words in English and French (with and without
 * accents), two-word queries, names, customers, hashtags, prefixes, quotes and words that match
 * nothing — by 2 000 different viewers, through the API; against the bare baseline running the
 * API's own search code when its answers match the API's (else the absolute figures alone).
 */

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 8;

/** One query a line, as typed. */
export const QUERIES = `
budget
release
customer
roadmap
deadline
migration
incident
onboarding
security
pipeline
réunion
reunion
équipe
equipe
déploiement
deploiement
qualité
sécurité
livraison
société
customer feedback
release plan
sprint demo
contract renewal
équipe projet
budget trimestre
Martin
camille
Dubois
Nguyen
Léa Bernard
thomas petit
Acme
Globex
Initech contract
Hooli roadmap
#roadmap
#kudos
#qualité
#incident
deploy
integr
secur
onboard
"release plan"
budget -travel
api OR webhook
crème
hôpital
forêt
accessibility translation
kubernetes latency
warehouse inventory
webinar campaign
zzqxv
lorem ipsum dolor
Payments Platform
Company news
Photography
`
  .trim()
  .split('\n');

const QUERY = `query Search($query: String!) { search(query: $query, first: 20) { edges { cursor snippet rank node {
  __typename ... on Post { id createdAt author { displayName } space { name } } ... on Comment { id postId author { displayName } }
  ... on Space { id name slug } ... on User { id displayName } } }
  pageInfo { hasNextPage endCursor } } }`;

const ids = (result, field = 'search') =>
  JSON.stringify(result.data?.[field]?.edges.map((e) => e.node.id) ?? result.errors?.map((e) => e.message));

const baselineMatches = async (api, bare, tokens) => {
  let same = 0;
  for (const [i, query] of QUERIES.slice(0, 20).entries()) {
    const a = await graphql(api.url, tokens[i], QUERY, { query });
    const b = await fetch(bare.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i]}` },
      body: JSON.stringify({ op: 'search', variables: { query } }),
    }).then((r) => r.json());
    if (ids(a) === ids(b)) same += 1;
  }
  return same;
};

export const search = async ({ dataset }) => {
  const db = await dataset();
  const secret = newJwtSecret();
  const tokens = (await sampleViewers(db.url, 2_000)).map((id) => signToken(secret, id));
  const api = await startApi({ databaseUrl: db.url, jwtSecret: secret });
  const bare = await startBare({ databaseUrl: db.url, jwtSecret: secret });
  try {
    const exists = await supports(api.url, tokens[0], '{ search(query: "budget", first: 1) { pageInfo { hasNextPage } } }');
    if (!exists.ok) return { dataset: db.describe, skipped: `no search query in this build (${exists.reason})` };
    const shaped = await supports(api.url, tokens[0], QUERY, { query: 'budget' });
    if (!shaped.ok) return { dataset: db.describe, skipped: `search exists but the benchmark's query does not validate: ${shaped.reason}` };

    // Warm-up pass: every query once, then every viewer's `visit` row through a short run.
    const answers = [];
    const alone = [];
    for (const [i, query] of QUERIES.entries()) {
      const began = performance.now();
      answers.push(await graphql(api.url, tokens[i], QUERY, { query }));
      alone.push({ query, ms: Math.round(performance.now() - began) });
    }
    // A second pass, warm: which queries are slow on their own (no concurrency).
    for (const [i, query] of QUERIES.entries()) {
      const began = performance.now();
      await graphql(api.url, tokens[i + 1], QUERY, { query });
      alone[i].ms = Math.round(performance.now() - began);
    }
    const failing = QUERIES.filter((_, i) => answers[i].errors);
    const hits = answers.map((a) => a.data?.search?.edges.length ?? 0);
    const same = await baselineMatches(api, bare, tokens);
    const comparable = same === 20;

    const target = {
      api: {
        url: api.url,
        path: '/graphql',
        tokens,
        bodies: QUERIES.map((query) => JSON.stringify({ query: QUERY, variables: { query } })),
      },
      bare: { url: bare.url, path: '/', tokens, bodies: QUERIES.map((query) => JSON.stringify({ op: 'search', variables: { query } })) },
    };
    const sides = comparable ? ['api', 'bare'] : ['api'];
    for (const side of sides) await closedLoop(target[side], { connections: CONNECTIONS, seconds: 3 });
    const runs = { api: [], bare: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const side of round % 2 ? [...sides].reverse() : sides)
        runs[side].push(await closedLoop(target[side], { connections: CONNECTIONS, seconds: SECONDS }));
    }
    // The slowest statement the baseline ran, explained (the baseline runs the API's own search SQL).
    const slowest = comparable ? await fetch(`${bare.url}/slowest`).then((r) => r.json()) : null;
    const slowestStatement = slowest && (await explainStatement(db.url, slowest));
    const summary = (list) =>
      list.length
        ? {
            requestsPerSecond: median(list.map((r) => r.requestsPerSecond)),
            p50: median(list.map((r) => r.p50)),
            p99: median(list.map((r) => r.p99)),
            failed: list.reduce((sum, r) => sum + r.failed, 0),
            runs: list,
          }
        : null;
    return {
      dataset: db.describe,
      queries: QUERIES.length,
      queriesAnsweringErrors: failing,
      medianHits: median(hits),
      aloneMsMedian: median(alone.map((a) => a.ms)),
      slowestAlone: [...alone].sort((a, b) => b.ms - a.ms).slice(0, 6),
      queriesWithNoHit: QUERIES.filter((_, i) => hits[i] === 0),
      connections: CONNECTIONS,
      rounds: ROUNDS,
      seconds: SECONDS,
      baseline: comparable
        ? 'bare server running the API’s own search code'
        : `none: the bare server's answers matched the API's for ${same}/20 queries`,
      slowestStatement,
      api: summary(runs.api),
      bare: summary(runs.bare),
    };
  } finally {
    await api.stop();
    await bare.stop();
  }
};
