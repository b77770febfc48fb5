/** The package a profiled frame's script belongs to: an npm package, the API, the domain, or Node itself. */
export const packageOf = (url, otherLabel = '(native, GC)') => {
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.split('node_modules/').at(-1);
  if (inModules !== path)
    return inModules
      .split('/')
      .slice(0, inModules.startsWith('@') ? 2 : 1)
      .join('/');
  if (path.includes('/apps/api/')) return 'apps/api';
  if (path.includes('/libs/domain/')) return '@chantier/domain';
  return path.startsWith('node:') ? 'node internals' : otherLabel;
};
