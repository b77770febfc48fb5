// Adds lockfile entries for platform-specific optional packages the registry mirror does not
// serve (e.g. @swc/core-darwin-arm64). npm records only the ones it could fetch, and `npm ci`
// then refuses the lockfile as "not in sync". The entries carry os/cpu, so npm ci skips them on
// every other platform exactly as it would with complete metadata. Run after `npm install <pkg>`:
//   npm run lockfile:complete
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORM = /(darwin|linux|win32|freebsd|android|openharmony)-(arm64|x64|arm|ia32|ppc64|s390x|riscv64|loong64)/;
const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;

for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    const platform = PLATFORM.exec(name);
    packages[hoisted] = {
      version,
      ...(meta.dev ? { dev: true } : {}),
      optional: true,
      ...(platform ? { os: [platform[1]], cpu: [platform[2]] } : { os: ['none'] }),
    };
    added += 1;
  }
}

writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform entries added`);
