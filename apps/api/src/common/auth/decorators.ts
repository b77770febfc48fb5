import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import type { RequestContext } from './request-context.js';

export const PUBLIC_KEY = 'chantier:public';

/** Marks an operation that needs no signed-in user (login). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The signed-in viewer, loaded by the AuthGuard. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const viewer = GqlExecutionContext.create(context).getContext<RequestContext>().viewer;
  if (!viewer) throw new Error('CurrentViewer used on an operation the AuthGuard did not run for');
  return viewer;
});
