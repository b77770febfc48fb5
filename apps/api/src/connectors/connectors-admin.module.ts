import { type DynamicModule, Module } from '@nestjs/common';

import { PostsModule } from '../posts/posts.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { ConnectorsResolver } from './connectors.resolver.js';
import { ConnectorsAdminRepository } from './connectors-admin.repository.js';
import { CONNECTORS_ADMIN_OPTIONS, type ConnectorsAdminOptions, ConnectorsAdminService } from './connectors-admin.service.js';
import { InboundEventsResolver } from './inbound-events.resolver.js';
import { InboundEventsService } from './inbound-events.service.js';

/**
 * IT's GraphQL for connectors and the inbox. Separate from the global ConnectorsModule (which the
 * webhook, mail and IMAP paths share) so that those paths do not pull in posts and spaces.
 */
@Module({})
export class ConnectorsAdminModule {
  static forRoot(options: ConnectorsAdminOptions): DynamicModule {
    return {
      module: ConnectorsAdminModule,
      imports: [PostsModule, SpacesModule],
      providers: [
        { provide: CONNECTORS_ADMIN_OPTIONS, useValue: options },
        ConnectorsAdminRepository,
        ConnectorsAdminService,
        InboundEventsService,
        ConnectorsResolver,
        InboundEventsResolver,
      ],
    };
  }
}
