import type { Viewer } from '@chantier/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../common/auth/decorators.js';
import { Connector } from './connector.object.js';
import { ConnectorsAdminService } from './connectors-admin.service.js';
import { CreateConnectorInput } from './dto/connector.inputs.js';
import { RequestOrigin } from './request-origin.js';

@Resolver(() => Connector)
export class ConnectorsResolver {
  constructor(private readonly service: ConnectorsAdminService) {}

  @Query(() => [Connector], { description: 'Every connector, oldest first (ADMIN only). secret is always null here.' })
  connectors(@CurrentViewer() viewer: Viewer, @RequestOrigin() origin: string) {
    return this.service.list(viewer, origin);
  }

  @Query(() => Connector, { description: 'One connector (ADMIN only). secret is always null here.' })
  connector(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @RequestOrigin() origin: string) {
    return this.service.get(viewer, id, origin);
  }

  @Mutation(() => Connector, { description: 'Creates a connector; the answer is the only one that shows its secret.' })
  createConnector(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateConnectorInput, @RequestOrigin() origin: string) {
    return this.service.create(viewer, input, origin);
  }

  @Mutation(() => Connector, {
    description:
      'A new secret (generated, or the one the sender issued), shown in this answer only; the previous one keeps verifying deliveries for 24 hours.',
  })
  rotateConnectorSecret(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @RequestOrigin() origin: string,
    @Args('secret', { nullable: true, type: () => String }) secret?: string | null,
  ) {
    return this.service.rotateSecret(viewer, id, origin, secret ?? null);
  }

  @Mutation(() => Connector, {
    description: "Routes a key to a space (or re-points it), then replays the connector's events left UNROUTED for that key.",
  })
  addConnectorRoute(
    @CurrentViewer() viewer: Viewer,
    @Args('connectorId', { type: () => ID }) connectorId: string,
    @Args('key') key: string,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @RequestOrigin() origin: string,
  ) {
    return this.service.addRoute(viewer, connectorId, key, spaceId, origin);
  }

  @Mutation(() => Connector)
  removeConnectorRoute(
    @CurrentViewer() viewer: Viewer,
    @Args('connectorId', { type: () => ID }) connectorId: string,
    @Args('key') key: string,
    @RequestOrigin() origin: string,
  ) {
    return this.service.removeRoute(viewer, connectorId, key, origin);
  }
}
