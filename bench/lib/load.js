import { Agent, request } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';

import autocannon from 'autocannon';

/*
 * Load generators. Closed loop: autocannon with N connections, each sending its next request
 * when the previous answer arrives; tokens rotate over many viewers. Open loop: requests sent
 * on a fixed schedule whatever the server does, latency measured from the scheduled send time
 * (so a stalled server is not hidden by a stalled client). Both count answers that are not 200
 * or carry GraphQL errors. Everything is bounded in time and count.
 */

export const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

const bad = (status, body) => status !== 200 || body.includes('"errors"');

/** `target`: { url, path, body, tokens, bodies? } (tokens, and bodies when given, rotate per request). */
export const closedLoop = async (target, { connections, seconds }) => {
  let next = 0;
  let failed = 0;
  let sample;
  const result = await autocannon({
    url: target.url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: target.path,
        body: target.body,
        setupRequest: (req) => {
          const i = next++;
          req.headers = {
            ...req.headers,
            'content-type': 'application/json',
            authorization: `Bearer ${target.tokens[i % target.tokens.length]}`,
          };
          if (target.bodies) req.body = target.bodies[i % target.bodies.length];
          return req;
        },
        onResponse: (status, body) => {
          if (bad(status, body)) {
            failed += 1;
            sample ??= `${status} ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  });
  const answered = result.requests.total > 0; // no answer at all: latencies are unknown, not 0
  return {
    requestsPerSecond: result.requests.average,
    p50: answered ? result.latency.p50 : null,
    p99: answered ? result.latency.p99 : null,
    max: answered ? result.latency.max : null,
    requests: result.requests.total,
    failed: failed + result.errors + result.timeouts,
    ...(sample ? { failureSample: sample } : {}),
  };
};

/**
 * Sends `rate` requests per second for `seconds`, at most `maxInFlight` outstanding, each built
 * by `nextRequest()` ({ path, headers, body }); `failedAnswer(status, body)` says which answers
 * count as failures. Latency runs from each request's scheduled time.
 */
export const openLoopRequests = async ({ url, rate, seconds, maxInFlight = 2_000, nextRequest, failedAnswer }) => {
  const { hostname, port } = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(rate * seconds);
  const latencies = [];
  let sent = 0;
  let inFlight = 0;
  let failed = 0;
  let skipped = 0;
  // Why requests failed: answers by status, request errors by code.
  const reasons = {};
  const tally = (reason) => (reasons[reason] = (reasons[reason] ?? 0) + 1);
  // Where the slow answers fall (the worst per scheduled second), and how late this generator's own
  // event loop ran: a stall of the client shows in both, one of the server only in the first.
  const worstPerSecond = Array.from({ length: Math.ceil(seconds) }, () => 0);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const began = performance.now();
  const fire = (scheduled) => {
    const { path, headers, body } = nextRequest();
    inFlight += 1;
    const req = request({ agent, hostname, port, path, method: 'POST', headers }, (res) => {
      let answer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (answer += chunk));
      res.on('end', () => {
        inFlight -= 1;
        const latency = performance.now() - scheduled;
        latencies.push(latency);
        const second = Math.min(worstPerSecond.length - 1, Math.floor((scheduled - began) / 1000));
        worstPerSecond[second] = Math.max(worstPerSecond[second], Math.round(latency));
        if (failedAnswer(res.statusCode, answer)) {
          failed += 1;
          tally(`HTTP ${res.statusCode}`);
        }
      });
    });
    req.on('error', (error) => {
      inFlight -= 1;
      failed += 1;
      tally(error.code ?? error.message);
    });
    req.end(body);
  };
  await new Promise((done) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - began) / 1000) * rate) + 1);
      for (; sent < due; sent += 1) {
        if (inFlight >= maxInFlight) skipped += 1;
        else fire(began + (sent * 1000) / rate);
      }
      if (sent < total) setTimeout(tick, 1);
      else done();
    };
    tick();
  });
  for (const deadline = performance.now() + 10_000; inFlight > 0 && performance.now() < deadline;)
    await new Promise((r) => setTimeout(r, 5));
  const lost = inFlight;
  agent.destroy();
  loopDelay.disable();
  latencies.sort((a, b) => a - b);
  return {
    rate,
    seconds,
    requests: latencies.length,
    achievedPerSecond: latencies.length / ((performance.now() - began) / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1),
    failed: failed + skipped + lost,
    // Not sent because maxInFlight requests were already waiting; still unanswered 10 s after the last send.
    failures: { ...reasons, ...(skipped ? { 'not sent (in-flight cap)': skipped } : {}), ...(lost ? { unanswered: lost } : {}) },
    worstPerSecond,
    generatorLoopDelayMaxMs: Math.round(loopDelay.max / 1e6),
  };
};

/** GraphQL requests at `rate`/s (`target`: { url, path, body, tokens }; tokens rotate per request). */
export const openLoop = (target, { rate, seconds, maxInFlight = 2_000 }) => {
  let next = 0;
  return openLoopRequests({
    url: target.url,
    rate,
    seconds,
    maxInFlight,
    nextRequest: () => ({
      path: target.path,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${target.tokens[next++ % target.tokens.length]}` },
      body: target.body,
    }),
    failedAnswer: bad,
  });
};
