import {
  composeThreadPost,
  type ConnectorSource,
  type NormalisedConnectorEvent,
  type ProjectUpdateFields,
  renderMarkdown,
} from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { ActivityRecorder } from '../activity/activity.recorder.js';
import { DomainEvents } from '../common/events/domain-events.js';
import type { ConnectorRecord } from '../connectors/connectors.repository.js';
import { NotificationsRepository } from '../notifications/notifications.repository.js';
import { Notifier } from '../notifications/notifier.js';
import { PostsRepository } from '../posts/posts.repository.js';
import {
  type ConnectorThread,
  ConnectorThreadsRepository,
  type RoutedSpace,
  type ThreadHeadUpdate,
} from './connector-threads.repository.js';

type AfterCommit = (effect: () => void) => void;

/**
 * Writes what a connector says into a space, as its service account: posts and comments with
 * their activity rows and follower notifications in the processing transaction, realtime events
 * after it commits — the same trail native content leaves.
 */
@Injectable()
export class ThreadWriter {
  constructor(
    private readonly posts: PostsRepository,
    private readonly threads: ConnectorThreadsRepository,
    private readonly activity: ActivityRecorder,
    private readonly notifier: Notifier,
    private readonly notifications: NotificationsRepository,
    private readonly events: DomainEvents,
  ) {}

  async startThread(
    tx: EntityManager,
    connector: ConnectorRecord,
    space: RoutedSpace,
    event: NormalisedConnectorEvent,
    head: ThreadHeadUpdate,
    afterCommit: AfterCommit,
  ): Promise<string> {
    const body = composeThreadPost(event.source, head);
    const postId = await this.posts.insertPost(tx, {
      spaceId: space.id,
      authorId: connector.botUserId,
      kind: 'EVENT',
      body,
      html: renderMarkdown(body),
      source: { kind: 'CONNECTOR', ref: event.objectKey, url: head.url ?? event.url },
    });
    await this.threads.saveThread(tx, connector.id, event.objectKey, postId, head);
    await this.activity.record(tx, {
      actorId: connector.botUserId,
      actorKind: 'connector',
      verb: 'post',
      targetType: 'post',
      targetId: postId,
      threadId: postId,
      targetAuthorId: connector.botUserId,
      spaceId: space.id,
      meta: { kind: 'event', connector: connector.kind.toLowerCase() },
    });
    await this.notifyFollowers(tx, connector, space, postId, null, afterCommit);
    afterCommit(() => this.events.emit({ type: 'post.created', postId, spaceId: space.id, authorId: connector.botUserId }));
    return postId;
  }

  async comment(
    tx: EntityManager,
    connector: ConnectorRecord,
    postId: string,
    space: RoutedSpace,
    body: string,
    afterCommit: AfterCommit,
  ): Promise<string> {
    const commentId = await this.posts.insertComment(tx, {
      postId,
      parentId: null,
      authorId: connector.botUserId,
      body,
      html: renderMarkdown(body),
    });
    await this.activity.record(tx, {
      actorId: connector.botUserId,
      actorKind: 'connector',
      verb: 'comment',
      targetType: 'comment',
      targetId: commentId,
      threadId: postId,
      targetAuthorId: connector.botUserId,
      spaceId: space.id,
      meta: { connector: connector.kind.toLowerCase() },
    });
    await this.notifyFollowers(tx, connector, space, postId, commentId, afterCommit);
    afterCommit(() => this.events.emit({ type: 'comment.created', commentId, postId, spaceId: space.id, authorId: connector.botUserId }));
    return commentId;
  }

  /** Rewrites the head post (status line, late description); the previous text stays in its edit history. */
  async rewriteHead(
    tx: EntityManager,
    connector: ConnectorRecord,
    thread: ConnectorThread,
    source: ConnectorSource,
    head: ThreadHeadUpdate,
    afterCommit: AfterCommit,
  ): Promise<void> {
    const body = composeThreadPost(source, head);
    await this.posts.editPost(tx, thread.postId, connector.botUserId, body, renderMarkdown(body));
    await this.threads.saveThread(tx, connector.id, thread.objectKey, thread.postId, head);
    afterCommit(() => this.events.emit({ type: 'post.updated', postId: thread.postId, spaceId: thread.spaceId, deleted: false }));
  }

  async projectUpdated(
    tx: EntityManager,
    connector: ConnectorRecord,
    space: RoutedSpace,
    projectId: string,
    fields: ProjectUpdateFields,
    afterCommit: AfterCommit,
  ): Promise<void> {
    await this.activity.record(tx, {
      actorId: connector.botUserId,
      actorKind: 'connector',
      verb: 'update_project',
      targetType: 'project',
      targetId: projectId,
      spaceId: space.id,
      meta: { status: fields.status, outcomeValue: fields.outcomeValue, connector: connector.kind.toLowerCase() },
    });
    afterCommit(() => this.events.emit({ type: 'space.updated', spaceId: space.id }));
  }

  private async notifyFollowers(
    tx: EntityManager,
    connector: ConnectorRecord,
    space: RoutedSpace,
    postId: string,
    commentId: string | null,
    afterCommit: AfterCommit,
  ): Promise<void> {
    const followers = await this.notifications.spaceFollowerIds(tx, space.id);
    const written = await this.notifier.notify(
      tx,
      { actorId: connector.botUserId, place: space, postId, commentId },
      followers.map((userId) => ({ userId, kind: 'CONNECTOR_EVENT' as const })),
    );
    afterCommit(() => this.notifier.announce(written));
  }
}
