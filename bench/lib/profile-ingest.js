import { basename } from 'node:path';

import { closedLoopHooks } from './hook-load.js';
import { packageOf, profileUnderLoad } from './profile-runner.js';

/*
 * Where an API process's CPU goes while it ingests webhooks (and, in the same process, its queue
 * worker processes them): a second API process with profile-hook.js preloaded, warmed up, then
 * profiled under the closed loop. Self time is summed per package; inclusive time per function
 * of the API and the domain (each counted once per sample), so "HooksService.receive" or
 * "InboxWorker.process" read as shares of all the CPU the process used. Kept out of the
 * measured runs (profiling slows the process).
 */

const summarise = (profile) => {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((child) => [child, n.id])));
  const packages = new Map();
  const inclusive = new Map();
  const natives = new Map(); // self time of native/builtin frames worth naming (JSON.parse, HMAC…)
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const chain = [];
    for (let at = id; at !== undefined; at = parents.get(at)) chain.push(nodes.get(at).callFrame);
    if (chain[0].functionName === '(idle)' || chain.some((f) => f.url.includes('profile-hook'))) return;
    total += us;
    const caller = chain.find((f) => f.url);
    const pkg = caller ? packageOf(caller.url) : chain[0].functionName;
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    if (!chain[0].url) natives.set(chain[0].functionName, (natives.get(chain[0].functionName) ?? 0) + us);
    const seen = new Set();
    for (const f of chain) {
      if (!/\/(apps\/api\/dist|libs\/domain\/dist)\//.test(f.url) || !f.functionName) continue;
      const name = `${f.functionName} (${basename(f.url)})`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  });
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, share: us / total }));
  return { cpuSeconds: total / 1e6, packages: top(packages, 10), inclusive: top(inclusive, 25), nativeSelf: top(natives, 10) };
};

/** Profiles one API process on `databaseUrl` under the ingest closed loop for `seconds`. */
export const profileIngest = async ({ databaseUrl, jwtSecret, path, source, connections, seconds = 10, env }) => {
  const { load, profile } = await profileUnderLoad({
    env,
    databaseUrl,
    jwtSecret,
    seconds,
    drive: (url, forSeconds) => closedLoopHooks({ url, path, source }, { connections, seconds: forSeconds }),
  });
  return profile ? { eventsPerSecondWhileProfiled: load.eventsPerSecond, seconds, ...summarise(profile) } : null;
};
