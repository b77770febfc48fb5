import { InitialSchema1763870400000 } from './1763870400000-InitialSchema.js';

/** Every migration, in order. Listed explicitly: globs do not survive an ESM build. */
export const MIGRATIONS = [InitialSchema1763870400000];
