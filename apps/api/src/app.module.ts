import { createSecretKey } from 'node:crypto';

import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityModule } from './activity/activity.module.js';
import { AuthModule } from './auth/auth.module.js';
import { DomainErrorFilter } from './common/errors/domain-error.filter.js';
import { formatGraphqlError } from './common/errors/format-error.js';
import { DomainEventsModule } from './common/events/domain-events.js';
import { graphqlLimits } from './common/graphql/graphql-limits.js';
import { StripNulPipe } from './common/graphql/strip-nul.pipe.js';
import type { Env } from './config/env.schema.js';
import { ConnectorEventsModule } from './connector-events/connector-events.module.js';
import { ConnectorsModule } from './connectors/connectors.module.js';
import { ConnectorsAdminModule } from './connectors/connectors-admin.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { FeedModule } from './feed/feed.module.js';
import { HealthController } from './health/health.controller.js';
import { HooksModule } from './hooks/hooks.module.js';
import { ImapModule } from './imap/imap.module.js';
import { InboundModule } from './inbound/inbound.module.js';
import { MailInModule } from './mail-in/mail-in.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { PeopleModule } from './people/people.module.js';
import { PostsModule } from './posts/posts.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { SearchModule } from './search/search.module.js';
import { SpacesModule } from './spaces/spaces.module.js';

export interface AppOptions {
  env: Env;
  databaseUrl: string;
  jwtSecret: string;
}

@Module({})
export class AppModule {
  static forRoot({ env, databaseUrl, jwtSecret }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, env.DATABASE_POOL_SIZE)),
        // A KeyObject, not a string: jsonwebtoken otherwise first tries (and fails) to parse the secret as a
        // public key on every verify, ~10 % of a feed request's CPU (bench/ profile).
        JwtModule.register({ global: true, secret: createSecretKey(Buffer.from(jwtSecret)), signOptions: { algorithm: 'HS256' } }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: env.NODE_ENV !== 'production',
          playground: false,
          context: ({ req }: { req: unknown }) => ({ req }),
          formatError: formatGraphqlError,
          ...graphqlLimits(),
        }),
        DomainEventsModule,
        ActivityModule,
        AuthModule,
        PeopleModule,
        SpacesModule,
        PostsModule,
        FeedModule,
        NotificationsModule,
        RealtimeModule.forRoot({ redisUrl: env.REDIS_URL }),
        SearchModule.forRoot({ concurrency: env.SEARCH_CONCURRENCY }),
        ConnectorsModule,
        ConnectorEventsModule,
        ConnectorsAdminModule.forRoot({ publicUrl: env.PUBLIC_URL }),
        InboundModule.forRoot({ enabled: env.QUEUE_WORKERS || env.WORKER_ONLY }),
        MailInModule.forRoot({ mailDomain: env.MAIL_DOMAIN, maxBytes: env.MAIL_MAX_BYTES, dataDir: env.DATA_DIR, secret: jwtSecret }),
        ImapModule.forRoot({ enabled: env.QUEUE_WORKERS || env.WORKER_ONLY }),
        HooksModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_PIPE, useClass: StripNulPipe },
      ],
    };
  }
}
