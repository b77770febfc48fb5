import { type DynamicModule, Module } from '@nestjs/common';

import { AuthModule } from '../auth/auth.module.js';
import { RealtimeGateway } from './realtime.gateway.js';
import { RealtimeRelay } from './realtime.relay.js';
import { RealtimeRepository } from './realtime.repository.js';
import { RedisConnection } from './redis.connection.js';
import { SocketAuthenticator } from './socket-auth.js';

export interface RealtimeOptions {
  /** With it, events fan out to every API process through Redis; without it, this process works alone. */
  redisUrl?: string;
}

/** socket.io on the API's port: authenticated handshake, rooms from the access policy, live events. */
@Module({})
export class RealtimeModule {
  static forRoot({ redisUrl }: RealtimeOptions): DynamicModule {
    return {
      module: RealtimeModule,
      imports: [AuthModule],
      providers: [
        // Connected before the gateway starts, since the adapter subscribes as it is created.
        { provide: RedisConnection, useFactory: () => (redisUrl ? RedisConnection.open(redisUrl) : null) },
        RealtimeGateway,
        RealtimeRelay,
        RealtimeRepository,
        SocketAuthenticator,
      ],
      // /health reports Redis when it is configured.
      exports: [RedisConnection],
    };
  }
}
