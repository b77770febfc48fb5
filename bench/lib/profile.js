import { closedLoop } from './load.js';
import { packageOf, profileUnderLoad } from './profile-runner.js';

/*
 * Where the API's CPU goes under a load: a second API process (with profile-hook.js preloaded)
 * warmed up, then profiled while driven for a few seconds; the profile is summed by self time
 * per function and per package. Kept out of the measured runs (profiling slows the process).
 */

const where = (url) => packageOf(url, '(native, GC, idle)');

/** Native frames are attributed to the nearest JavaScript caller's package (crypto's `init` → node internals). */
const summarise = (profile) => {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((child) => [child, n.id])));
  const ancestry = (id) => {
    const chain = [];
    for (let at = id; at !== undefined; at = parents.get(at)) chain.push(nodes.get(at).callFrame);
    return chain;
  };
  const functions = new Map();
  const packages = new Map();
  const within = new Map(); // time spent inside (inclusive) functions worth naming in the notes
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const chain = ancestry(id);
    const { functionName, url, lineNumber } = chain[0];
    // The profiler's own stop and idle time are not the API's work.
    if (functionName === '(idle)' || chain.some((f) => f.url.includes('profile-hook'))) return;
    total += us;
    const fn = `${functionName || '(anonymous)'} (${url ? `${where(url)}:${lineNumber + 1}` : 'native'})`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
    const caller = chain.find((f) => f.url);
    const pkg = caller ? where(caller.url) : functionName;
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    for (const name of new Set(chain.map((f) => f.functionName))) {
      if (['createPublicKey', 'processGraphQLRequest', 'execute', 'parse', 'validate'].includes(name))
        within.set(name, (within.get(name) ?? 0) + us);
    }
  });
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, share: us / total }));
  return {
    functions: top(functions, 10),
    packages: top(packages, 10),
    inclusive: Object.fromEntries(top(within, 10).map((x) => [x.name, x.share])),
  };
};

/** Profiles one API process under `target`'s closed-loop load for `seconds`. */
export const profileApi = async ({ databaseUrl, jwtSecret, target, connections, seconds = 10 }) => {
  const { profile } = await profileUnderLoad({
    databaseUrl,
    jwtSecret,
    seconds,
    drive: (url, forSeconds) => closedLoop({ ...target, url }, { connections, seconds: forSeconds }),
  });
  return profile ? summarise(profile) : null;
};
