import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { DomainEvents } from '../common/events/domain-events.js';
import { logger } from '../common/logger.js';
import { InboxService } from '../inbound/inbox.service.js';

/**
 * A business project's external key is a route too: when a space gets (or changes) one, the
 * events that waited UNROUTED for that key, from any connector, are replayed into it.
 */
@Injectable()
export class UnroutedReplayer implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly inbox: InboxService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.events.on('space.updated', async ({ spaceId }) => {
      const [project] = (await this.db.query(`SELECT external_key AS "key" FROM business_project WHERE space_id = $1`, [spaceId])) as {
        key: string | null;
      }[];
      if (!project?.key) return;
      const replayed = await this.inbox.replayUnrouted(null, project.key);
      if (replayed > 0) logger.info({ spaceId, key: project.key, replayed }, 'replaying events that waited for a project key');
    });
  }
}
