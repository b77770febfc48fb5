import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import type { RequestContext } from '../common/auth/request-context.js';

/** The origin the request reached us at (scheme://host), the fallback for links when PUBLIC_URL is unset. */
export const RequestOrigin = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const { req } = GqlExecutionContext.create(context).getContext<RequestContext>();
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
});
