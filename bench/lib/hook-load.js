import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

import autocannon from 'autocannon';

import { openLoopRequests } from './load.js';

/*
 * Signed GitHub deliveries and the three ways the ingest scenario sends them. Every delivery is
 * an `issues`/opened event for its own issue number (so each one makes exactly one post) with
 * its own `X-GitHub-Delivery` id, ≈ 2 KB of JSON built from the fixture, signed with
 * `X-Hub-Signature-256` as GitHub does. Closed loop: autocannon, N connections, each sending its
 * next delivery when the previous answer arrives. Open loop: deliveries on a fixed schedule,
 * latency from the scheduled time. Redelivering senders: closed loop that retries a delivery
 * (same id, same body) on any non-2xx answer or connection error until it gets a 2xx.
 */

const FIXTURE = new URL('../../fixtures/github/issues.opened.json', import.meta.url);
const BODY_BYTES = 2_048;

const pick = (object, keys) => Object.fromEntries(keys.filter((k) => k in object).map((k) => [k, object[k]]));

/** A delivery factory: `next()` returns { id, number, body, headers } for a fresh issue number. */
export const deliveries = ({ secret, repo, firstNumber = 1 }) => {
  const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const user = pick(fixture.issue.user, ['login', 'id', 'node_id', 'avatar_url', 'html_url', 'type', 'site_admin']);
  const repository = {
    ...pick(fixture.repository, ['id', 'node_id', 'name', 'private', 'description', 'fork', 'created_at', 'updated_at', 'pushed_at']),
    full_name: repo,
    html_url: `https://github.com/${repo}`,
    url: `https://api.github.com/repos/${repo}`,
    owner: user,
  };
  const template = (number, body) =>
    JSON.stringify({
      action: 'opened',
      issue: {
        ...pick(fixture.issue, ['node_id', 'state', 'locked', 'comments', 'created_at', 'updated_at', 'closed_at', 'author_association']),
        url: `https://api.github.com/repos/${repo}/issues/${number}`,
        html_url: `https://github.com/${repo}/issues/${number}`,
        id: 500_000_000 + number,
        number,
        title: `Benchmark issue ${number}`,
        user,
        labels: [],
        assignees: [],
        body,
      },
      repository,
      sender: user,
    });
  const filler = 'The deploy script fails on the staging host when the cache folder is missing. '.repeat(40);
  const padding = filler.slice(0, Math.max(0, BODY_BYTES - template(1_000_000, '').length));
  let number = firstNumber;
  return {
    next: () => {
      const n = number++;
      const id = randomUUID();
      const body = template(n, padding);
      return {
        id,
        number: n,
        body,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'GitHub-Hookshot/bench',
          'x-github-event': 'issues',
          'x-github-delivery': id,
          'x-github-hook-id': '1',
          'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
        },
      };
    },
  };
};

const ok = (status) => status >= 200 && status < 300;

/** Closed loop for `seconds`: events/s acknowledged (2xx only) and ack latency percentiles. */
export const closedLoopHooks = async ({ url, path, source }, { connections, seconds }) => {
  let acked = 0;
  let failed = 0;
  let sample;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path,
        setupRequest: (req) => {
          const d = source.next();
          return { ...req, headers: { ...req.headers, ...d.headers }, body: d.body };
        },
        onResponse: (status, body) => {
          if (ok(status)) acked += 1;
          else {
            failed += 1;
            sample ??= `${status} ${String(body).slice(0, 300)}`;
          }
        },
      },
    ],
  });
  return {
    eventsPerSecond: acked / seconds,
    acked,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    failed: failed + result.errors + result.timeouts,
    ...(sample ? { failureSample: sample } : {}),
  };
};

/** Sends `rate` deliveries per second for `seconds`; latency counted from each scheduled send. */
export const openLoopHooks = ({ url, path, source }, { rate, seconds, maxInFlight = 2_000 }) =>
  openLoopRequests({
    url,
    rate,
    seconds,
    maxInFlight,
    nextRequest: () => {
      const d = source.next();
      return { path, headers: d.headers, body: d.body };
    },
    failedAnswer: (status) => !ok(status),
  });

/**
 * `senders` concurrent senders deliver every item of `items`, each retrying (same id and body,
 * after a short backoff) until it gets a 2xx, against `target.url` read at each attempt (so they
 * follow a restarted server). `onAck(ackedCount, inFlight)` runs after each acknowledgement.
 */
export const redeliveringSenders = async ({ target, path, items, senders, onAck = () => {} }) => {
  const agent = new Agent({ keepAlive: true, maxSockets: senders });
  const acked = new Set();
  const statuses = {};
  let inFlight = 0;
  let attempts = 0;
  let failedAttempts = 0;
  const post = (d) =>
    new Promise((resolve) => {
      const { hostname, port } = new URL(target.url);
      inFlight += 1;
      const req = request({ agent, hostname, port, path, method: 'POST', headers: d.headers, timeout: 15_000 }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
        res.on('error', () => resolve(0));
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => resolve(0));
      req.end(d.body);
    }).finally(() => {
      inFlight -= 1;
    });
  let next = 0;
  await Promise.all(
    Array.from({ length: senders }, async () => {
      while (next < items.length) {
        const d = items[next++];
        for (;;) {
          attempts += 1;
          const status = await post(d);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (ok(status)) {
            acked.add(d.id);
            onAck(acked.size, inFlight);
            break;
          }
          failedAttempts += 1;
          await new Promise((r) => setTimeout(r, 20 + Math.random() * 80));
        }
      }
    }),
  );
  agent.destroy();
  return { acked, statuses, attempts, failedAttempts };
};
