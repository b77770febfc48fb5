import { Inject, Optional } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayDisconnect, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';

import { RealtimeRelay } from './realtime.relay.js';
import type { RealtimeServer, RealtimeSocket } from './realtime.types.js';
import { RedisConnection } from './redis.connection.js';
import { SocketAuthenticator } from './socket-auth.js';

// setTimeout cannot wait longer than this (about 24.8 days); sessions are far shorter.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * socket.io on the API's own HTTP server and port (Nest's IoAdapter attaches it there), path
 * `/socket.io`. A Nest gateway rather than a hand-attached server: Nest closes it before the
 * HTTP server on shutdown, and it gets its collaborators by injection like everything else.
 *
 * The handshake is authenticated like a GraphQL request; clients send nothing afterwards, and
 * a socket is disconnected when its session token expires.
 */
@WebSocketGateway({ serveClient: false, maxHttpBufferSize: 16_384 })
export class RealtimeGateway
  implements OnGatewayInit<RealtimeServer>, OnGatewayConnection<RealtimeSocket>, OnGatewayDisconnect<RealtimeSocket>
{
  private readonly expiries = new WeakMap<RealtimeSocket, NodeJS.Timeout>();

  constructor(
    private readonly auth: SocketAuthenticator,
    private readonly relay: RealtimeRelay,
    @Optional() @Inject(RedisConnection) private readonly redis: RedisConnection | null,
  ) {}

  afterInit(io: RealtimeServer): void {
    if (this.redis) io.adapter(createAdapter(this.redis.pub, this.redis.sub));
    io.use((socket, next) => {
      this.auth.authenticate(socket.handshake.auth).then(
        (session) => {
          socket.data = session;
          next();
        },
        (error: Error) => next(error),
      );
    });
    this.relay.attach(io, this.redis !== null);
    this.redis?.onSubscriberBack(() => void this.relay.resyncLocalSockets());
  }

  handleConnection(socket: RealtimeSocket): void {
    const { expiresAt } = socket.data;
    if (expiresAt !== null) {
      const timer = setTimeout(
        () => {
          socket.emit('session.expired', { code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
          socket.disconnect(true);
        },
        Math.min(Math.max(expiresAt - Date.now(), 0), MAX_TIMER_MS),
      );
      timer.unref();
      this.expiries.set(socket, timer);
    }
    void this.relay.joinRooms(socket);
  }

  handleDisconnect(socket: RealtimeSocket): void {
    clearTimeout(this.expiries.get(socket));
  }
}
