import {
  canChangeContent,
  canInteractIn,
  canReadPlace,
  DomainError,
  isId,
  pageSize,
  type ReactionType,
  renderMarkdown,
  validateBody,
  type Viewer,
} from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { ActivityRecorder } from '../activity/activity.recorder.js';
import { assertAllowed } from '../common/errors/assert-allowed.js';
import { DomainEvents } from '../common/events/domain-events.js';
import { toConnection } from '../common/graphql/connection.js';
import { Cursors } from '../common/graphql/cursor.js';
import { ConversationNotifier } from '../notifications/conversation-notifier.js';
import type { Comment, Post, ReactionSummary } from './post.object.js';
import { type ContentRow, PostsRepository } from './posts.repository.js';
import { placeOf } from './posts.service.js';

/** Comments (one level of replies) and reactions (one per person and target). */
@Injectable()
export class InteractionsService {
  constructor(
    private readonly posts: PostsRepository,
    private readonly activity: ActivityRecorder,
    private readonly events: DomainEvents,
    @InjectDataSource() private readonly db: DataSource,
    private readonly conversation: ConversationNotifier,
  ) {}

  async comments(viewer: Viewer, post: Post, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first);
    if (!canReadPlace(viewer, post.space).allowed) throw new DomainError('POST_NOT_FOUND', 'No such post.');
    const key = Cursors.comments.decode(after);
    const rows = await this.posts.comments(viewer.id, post.id, key, size + 1);
    return toConnection(rows, size, (c) => Cursors.comments.encode([c.cursorTime, c.id]));
  }

  async addComment(viewer: Viewer, postId: string, rawBody: string, parentId: string | null | undefined): Promise<Comment> {
    const body = validateBody(rawBody);
    const { id, announce } = await this.db.transaction((tx) => this.writeComment(tx, viewer, postId, body, parentId));
    announce();
    return (await this.posts.comment(viewer.id, id))!;
  }

  /**
   * Comments inside the caller's transaction (mail replies, connectors) with the checks and side
   * effects of `addComment`; the caller runs `announce` once that transaction has committed.
   */
  async addCommentInTx(tx: EntityManager, viewer: Viewer, postId: string, rawBody: string): Promise<{ id: string; announce: () => void }> {
    return this.writeComment(tx, viewer, postId, validateBody(rawBody), null);
  }

  private async writeComment(tx: EntityManager, viewer: Viewer, postId: string, body: string, parentId: string | null | undefined) {
    const post = await this.locate(tx, viewer, postId, 'POST');
    assertAllowed(canInteractIn(viewer, placeOf(post)));
    let parent: ContentRow | undefined;
    if (parentId) {
      parent = isId(parentId) ? await this.posts.locate(tx, parentId) : undefined;
      if (!parent || parent.type !== 'COMMENT' || parent.postId !== post.id) {
        throw new DomainError('PARENT_NOT_IN_POST', 'The comment you reply to is not on this post.', { field: 'parentId' });
      }
      if (parent.parentId)
        throw new DomainError('REPLY_TOO_DEEP', 'Replies go one level deep: reply to the first comment of the thread.', {
          field: 'parentId',
        });
    }
    const commentId = await this.posts.insertComment(tx, {
      postId: post.id,
      parentId: parent?.id ?? null,
      authorId: viewer.id,
      body,
      html: renderMarkdown(body),
    });
    await this.activity.record(tx, {
      actorId: viewer.id,
      verb: 'comment',
      targetType: parent ? 'comment' : 'post',
      targetId: parent?.id ?? post.id,
      threadId: post.id,
      targetAuthorId: parent?.authorId ?? post.authorId,
      spaceId: post.spaceId,
      meta: { commentId },
    });
    const thread = { post: { id: post.id, authorId: post.authorId, place: placeOf(post) }, parentAuthorId: parent?.authorId ?? null };
    const notified = await this.conversation.commentWritten(tx, viewer, { id: commentId, body }, thread, true);
    const announce = () => {
      this.events.emit({ type: 'comment.created', commentId, postId: post.id, spaceId: post.spaceId, authorId: viewer.id });
      this.conversation.announce(notified);
    };
    return { id: commentId, announce };
  }

  async editComment(viewer: Viewer, id: string, rawBody: string): Promise<Comment> {
    const body = validateBody(rawBody);
    const notified = await this.db.transaction(async (tx) => {
      const comment = await this.locate(tx, viewer, id, 'COMMENT');
      assertAllowed(canChangeContent(viewer, { authorId: comment.authorId, place: placeOf(comment) }));
      await this.posts.editComment(tx, comment.id, body, renderMarkdown(body));
      await this.record(tx, viewer, comment, 'edit');
      const thread = { post: { id: comment.postId, authorId: comment.postAuthorId, place: placeOf(comment) }, parentAuthorId: null };
      return this.conversation.commentWritten(tx, viewer, { id: comment.id, body }, thread, false);
    });
    this.conversation.announce(notified);
    return (await this.posts.comment(viewer.id, id))!;
  }

  async deleteComment(viewer: Viewer, id: string): Promise<boolean> {
    await this.db.transaction(async (tx) => {
      const comment = await this.locate(tx, viewer, id, 'COMMENT');
      assertAllowed(canChangeContent(viewer, { authorId: comment.authorId, place: placeOf(comment) }));
      await this.posts.softDeleteComment(tx, comment.id, comment.postId);
      await this.record(tx, viewer, comment, 'delete');
      await this.conversation.commentDeleted(tx, comment.id);
    });
    return true;
  }

  async react(viewer: Viewer, targetId: string, type: ReactionType): Promise<ReactionSummary> {
    const { summary, target, notified } = await this.db.transaction(async (tx) => {
      const target = await this.locate(tx, viewer, targetId);
      assertAllowed(canInteractIn(viewer, placeOf(target)));
      const previous = await this.posts.react(tx, viewer.id, target.type, target.id, type);
      if (previous !== type)
        await this.record(tx, viewer, target, 'react', {
          reaction: type.toLowerCase(),
          ...(previous ? { replaced: previous.toLowerCase() } : {}),
        });
      // Only a first reaction notifies; changing its type does not.
      const notified = previous ? [] : await this.conversation.reacted(tx, viewer, { ...target, place: placeOf(target) });
      return { target, notified, summary: { targetId: target.id, ...(await this.posts.reactionSummary(tx, viewer.id, target.id)) } };
    });
    this.announceReaction(viewer, target);
    this.conversation.announce(notified);
    return summary;
  }

  async unreact(viewer: Viewer, targetId: string): Promise<ReactionSummary> {
    const { summary, target } = await this.db.transaction(async (tx) => {
      const target = await this.locate(tx, viewer, targetId);
      if (await this.posts.unreact(tx, viewer.id, target.id)) await this.record(tx, viewer, target, 'unreact');
      return { target, summary: { targetId: target.id, ...(await this.posts.reactionSummary(tx, viewer.id, target.id)) } };
    });
    this.announceReaction(viewer, target);
    return summary;
  }

  private announceReaction(viewer: Viewer, target: ContentRow): void {
    this.events.emit({
      type: 'reaction.updated',
      targetId: target.id,
      targetType: target.type,
      postId: target.postId,
      spaceId: target.spaceId,
      actorId: viewer.id,
    });
  }

  /** A live post or comment the viewer may read, or NOT_FOUND as if it did not exist. */
  private async locate(tx: EntityManager, viewer: Viewer, id: string, type?: 'POST' | 'COMMENT') {
    const row = isId(id) ? await this.posts.locate(tx, id) : undefined;
    if (!row || (type && row.type !== type) || !canReadPlace(viewer, placeOf(row)).allowed) {
      if (type === 'POST') throw new DomainError('POST_NOT_FOUND', 'No such post.');
      if (type === 'COMMENT') throw new DomainError('COMMENT_NOT_FOUND', 'No such comment.');
      throw new DomainError('TARGET_NOT_FOUND', 'There is no post or comment with this id.', { field: 'targetId' });
    }
    return row;
  }

  private record(
    tx: EntityManager,
    viewer: Viewer,
    target: ContentRow,
    verb: 'edit' | 'delete' | 'react' | 'unreact',
    meta?: Record<string, unknown>,
  ) {
    return this.activity.record(tx, {
      actorId: viewer.id,
      verb,
      targetType: target.type === 'POST' ? 'post' : 'comment',
      targetId: target.id,
      threadId: target.postId,
      targetAuthorId: target.authorId,
      spaceId: target.spaceId,
      meta,
    });
  }
}
