// Fails when a translation is missing: en and fr must have the same keys (fr may add the
// `_many` plural form French needs), every literal `t('ns.key')` in src must exist, and every
// error reason of the domain catalogue must have a message (the UI shows t('errors.<reason>')).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const localesDir = join(root, 'src/locales');

const flatten = (value, prefix = '') =>
  Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? flatten(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

const load = (lng) =>
  new Set(
    readdirSync(join(localesDir, lng))
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) => {
        const ns = file.replace(/\.json$/, '');
        return flatten(JSON.parse(readFileSync(join(localesDir, lng, file), 'utf8')), `${ns}.`);
      }),
  );

const en = load('en');
const fr = load('fr');
const problems = [];

for (const key of en) if (!fr.has(key)) problems.push(`fr is missing ${key}`);
for (const key of fr) {
  if (!en.has(key) && !(key.endsWith('_many') && en.has(key.replace(/_many$/, '_other')))) {
    problems.push(`en is missing ${key}`);
  }
}
for (const key of en) {
  if (key.endsWith('_other') && !fr.has(key.replace(/_other$/, '_many'))) {
    problems.push(`fr needs ${key.replace(/_other$/, '_many')} (French plural for 1 000 000…)`);
  }
}

const hasKey = (set, key) => set.has(key) || set.has(`${key}_other`);
const hasPrefix = (set, prefix) => [...set].some((key) => key.startsWith(prefix));

const walk = (dir) =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'gql' ? [] : walk(path);
    return /\.(ts|tsx)$/.test(entry) ? [path] : [];
  });

for (const file of walk(join(root, 'src'))) {
  const source = readFileSync(file, 'utf8');
  for (const [, quote, key] of source.matchAll(/\bt\(\s*(['`])([\w.${}]+)\1/g)) {
    const dynamic = quote === '`' && key.includes('${');
    if (dynamic) {
      const prefix = key.slice(0, key.indexOf('${'));
      if (!hasPrefix(en, prefix)) problems.push(`${file}: no key starts with ${prefix}`);
    } else if (!hasKey(en, key)) {
      problems.push(`${file}: unknown key ${key}`);
    }
  }
  for (const [, key] of source.matchAll(/labelKey:\s*'([\w.]+)'/g)) {
    if (!hasKey(en, key)) problems.push(`${file}: unknown key ${key}`);
  }
}

const catalogue = join(root, '../../libs/domain/src/errors/error-codes.ts');
if (existsSync(catalogue)) {
  const body = readFileSync(catalogue, 'utf8').split('export const ErrorCode')[1] ?? '';
  for (const [, reason] of body.matchAll(/^\s+([A-Z][A-Z_]+):/gm)) {
    if (!en.has(`errors.${reason}`)) problems.push(`errors.${reason} has no message`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`locales ok: ${en.size} keys in en, ${fr.size} in fr`);
