import type { Viewer } from '@chantier/domain';
import type { Request } from 'express';

/** What every GraphQL resolver receives as context. `viewer` is set by the AuthGuard. */
export interface RequestContext {
  req: Request;
  viewer?: Viewer;
}

export const bearerToken = (req: Request): string | undefined => {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
};
