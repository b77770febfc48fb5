import {
  canAdministerConnectors,
  canReadInboundPayload,
  canSeeSpace,
  DomainError,
  isId,
  pageSize,
  readableScope,
  type Viewer,
} from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ActivityRecorder } from '../activity/activity.recorder.js';
import { assertAllowed } from '../common/errors/assert-allowed.js';
import { toConnection } from '../common/graphql/connection.js';
import { cursorCodec } from '../common/graphql/cursor.js';
import type { InboundStatus } from '../inbound/inbound.types.js';
import { InboxService } from '../inbound/inbox.service.js';
import type { Comment } from '../posts/post.object.js';
import { ConnectorsRepository } from './connectors.repository.js';
import { ConnectorsAdminRepository, type InboundEventRow, RAW_PREVIEW_BYTES } from './connectors-admin.repository.js';
import type { InboundEvent } from './inbound-event.object.js';

export const InboundEventsCursor = cursorCodec('inboundEvents', ['time', 'id']);

/** Only these may be replayed: a PROCESSED event already had its effect, a RECEIVED one is still queued. */
const REPLAYABLE: readonly InboundStatus[] = ['FAILED', 'UNROUTED', 'IGNORED'];

/** The inbox as IT sees it: every accepted input with its outcome, and replays. ADMIN only. */
@Injectable()
export class InboundEventsService {
  constructor(
    private readonly admin: ConnectorsAdminRepository,
    private readonly connectors: ConnectorsRepository,
    private readonly inbox: InboxService,
    private readonly activity: ActivityRecorder,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async page(
    viewer: Viewer,
    filter: { connectorId?: string | null; status?: InboundStatus | null },
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    assertAllowed(canAdministerConnectors(viewer));
    const size = pageSize(first);
    const key = InboundEventsCursor.decode(after);
    const connectorId = filter.connectorId ?? null;
    if (connectorId !== null && !(isId(connectorId) && (await this.connectors.findById(connectorId)))) {
      throw new DomainError('CONNECTOR_NOT_FOUND', 'No such connector.', { field: 'connectorId' });
    }
    const rows = await this.admin.inboundEvents({ connectorId, status: filter.status ?? null }, key, size + 1);
    return toConnection(
      rows.map((row) => this.view(viewer, row)),
      size,
      (event) => InboundEventsCursor.encode([event.cursorTime, event.id]),
    );
  }

  /** Puts a FAILED, UNROUTED or IGNORED event back through processing; answers it as it stands after the replay was queued. */
  async replay(viewer: Viewer, id: string): Promise<InboundEvent> {
    assertAllowed(canAdministerConnectors(viewer));
    const event = await this.find(id);
    if (!REPLAYABLE.includes(event.status)) {
      throw new DomainError('EVENT_NOT_REPLAYABLE', `A ${event.status} event cannot be replayed: only FAILED, UNROUTED or IGNORED ones.`, {
        field: 'id',
        status: event.status,
      });
    }
    await this.inbox.replay(event.id);
    await this.db.transaction((tx) =>
      this.activity.record(tx, {
        actorId: viewer.id,
        verb: 'configure_connector',
        meta: { action: 'replay', connectorId: event.connector?.id ?? null, eventId: event.id },
      }),
    );
    return this.view(viewer, await this.find(id));
  }

  /** The comment an event made, when the viewer may read it (the same readable-space filter as every read path). */
  async readableComment(viewer: Viewer, commentId: string): Promise<Comment | null> {
    return (await this.admin.readableComment(viewer.id, readableScope(viewer), commentId)) ?? null;
  }

  private async find(id: string): Promise<InboundEventRow> {
    const event = isId(id) ? await this.admin.inboundEvent(id) : undefined;
    if (!event) throw new DomainError('INBOUND_EVENT_NOT_FOUND', 'No such inbound event.', { field: 'id' });
    return event;
  }

  private view(viewer: Viewer, { rawHead, space, headers, ...row }: InboundEventRow): InboundEvent {
    const visible = canReadInboundPayload(viewer, space).allowed;
    return {
      ...row,
      space: space && canSeeSpace(viewer, space).allowed ? space : null,
      payloadHidden: !visible,
      rawPayload: visible ? rawHead.subarray(0, RAW_PREVIEW_BYTES).toString('utf8') : null,
      rawTruncated: rawHead.length > RAW_PREVIEW_BYTES,
      headers: visible ? headers : null,
    };
  }
}
