import { composeThreadComment, mapStoredDelivery, type NormalisedConnectorEvent, type WebhookConnectorKind } from '@chantier/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type ConnectorRecord, ConnectorsRepository } from '../connectors/connectors.repository.js';
import type { InboundEventRecord, InboundOutcome } from '../inbound/inbound.types.js';
import { InboxService } from '../inbound/inbox.service.js';
import { ConnectorThreadsRepository, type RoutedSpace } from './connector-threads.repository.js';
import { ThreadWriter } from './thread-writer.js';

const WEBHOOK_SOURCES = ['GENERIC', 'GITHUB', 'JIRA', 'FRESHDESK', 'FRONT', 'INTERCOM'] as const;

type AfterCommit = (effect: () => void) => void;

/**
 * Turns a stored webhook delivery into conversation: maps it (libs/domain), routes it to a
 * space, then threads it — one post per external object, later events as comments and status
 * line updates — or applies it to the business project it is about.
 */
@Injectable()
export class WebhookEventHandler implements OnModuleInit {
  constructor(
    private readonly inbox: InboxService,
    private readonly connectors: ConnectorsRepository,
    private readonly threads: ConnectorThreadsRepository,
    private readonly writer: ThreadWriter,
  ) {}

  onModuleInit(): void {
    this.inbox.registerHandler(WEBHOOK_SOURCES, (tx, event, afterCommit) => this.handle(tx, event, afterCommit));
  }

  async handle(tx: EntityManager, stored: InboundEventRecord, afterCommit: AfterCommit): Promise<InboundOutcome> {
    // Kind and service account never change, so the short-lived cache the webhook endpoint reads is safe here.
    const connector = stored.connectorId ? await this.connectors.findForDelivery(stored.connectorId) : undefined;
    if (!connector || connector.kind === 'IMAP') throw new Error('The event has no webhook connector');
    const result = mapStoredDelivery({
      kind: connector.kind as WebhookConnectorKind,
      body: stored.raw.toString('utf8'),
      headers: stored.headers,
      receivedAt: new Date(stored.receivedAt).toISOString(),
    });
    // A payload that cannot be mapped will not map better on retry: kept with its reason for IT.
    if (result.kind === 'ignored') return { status: 'IGNORED', reason: result.reason };
    if (result.kind === 'invalid') return { status: 'IGNORED', reason: `invalid payload: ${result.reason}` };
    const event = result.event;
    const space = await this.threads.routeAndLock(tx, connector.id, event.routingKey, event.objectKey);
    if (!space) return { status: 'UNROUTED', routingKey: event.routingKey ?? '*' };
    if (event.action === 'PROJECT_UPDATE') return this.updateProject(tx, connector, event, space, afterCommit);
    return this.thread(tx, connector, event, space, afterCommit);
  }

  private async thread(
    tx: EntityManager,
    connector: ConnectorRecord,
    event: NormalisedConnectorEvent,
    space: RoutedSpace,
    afterCommit: AfterCommit,
  ): Promise<InboundOutcome> {
    const thread = await this.threads.thread(tx, connector.id, event.objectKey);
    const occurredAt = new Date(event.occurredAt);
    if (!thread) {
      // The first event known about the object starts its thread, even when it is not the opening one.
      const opened = event.action === 'OPEN';
      const head = {
        opened,
        status: event.status,
        statusAt: event.status ? occurredAt : null,
        title: event.title,
        url: opened ? event.url : null,
        description: opened ? event.body : null,
      };
      const postId = await this.writer.startThread(tx, connector, space, event, head, afterCommit);
      const commentId = opened ? null : await this.writer.comment(tx, connector, postId, space, composeThreadComment(event), afterCommit);
      return { status: 'PROCESSED', spaceId: space.id, postId, commentId };
    }
    const where = { id: thread.spaceId, visibility: thread.visibility };
    if (event.action === 'OPEN' && !thread.opened) {
      // The opening event arrives after later ones: it completes the head post instead of commenting.
      const newer = thread.statusAt && thread.statusAt > occurredAt;
      await this.writer.rewriteHead(
        tx,
        connector,
        thread,
        event.source,
        {
          opened: true,
          status: newer ? thread.status : (event.status ?? thread.status),
          statusAt: newer ? thread.statusAt : occurredAt,
          title: event.title,
          url: event.url ?? thread.url,
          description: event.body,
        },
        afterCommit,
      );
      return { status: 'PROCESSED', spaceId: thread.spaceId, postId: thread.postId };
    }
    const commentId = await this.writer.comment(tx, connector, thread.postId, where, composeThreadComment(event), afterCommit);
    const statusChanged = event.status !== null && event.status !== thread.status && !(thread.statusAt && thread.statusAt > occurredAt);
    if (statusChanged && (event.action === 'STATUS_CHANGE' || event.action === 'CLOSE' || event.action === 'OPEN')) {
      await this.writer.rewriteHead(
        tx,
        connector,
        thread,
        event.source,
        { ...thread, status: event.status, statusAt: occurredAt },
        afterCommit,
      );
    }
    return { status: 'PROCESSED', spaceId: thread.spaceId, postId: thread.postId, commentId };
  }

  private async updateProject(
    tx: EntityManager,
    connector: ConnectorRecord,
    event: NormalisedConnectorEvent,
    space: RoutedSpace,
    afterCommit: AfterCommit,
  ): Promise<InboundOutcome> {
    const project = await this.threads.projectOfSpace(tx, space.id);
    if (!project || !event.project) return { status: 'IGNORED', reason: 'the routed space has no business project to update' };
    await this.threads.updateProject(tx, project.id, event.project);
    await this.writer.projectUpdated(tx, connector, space, project.id, event.project, afterCommit);
    // The change is told in the project's thread, so its history reads like the rest of the conversation.
    return this.thread(tx, connector, { ...event, action: 'STATUS_CHANGE' }, space, afterCommit);
  }
}
