import {
  canChangeContent,
  canModerate,
  canPin,
  canPostIn,
  canReadPlace,
  DomainError,
  isId,
  type Place,
  type PostKind,
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
import { ConversationNotifier } from '../notifications/conversation-notifier.js';
import { SpacesService } from '../spaces/spaces.service.js';
import type { CreatePostInput } from './dto/content.inputs.js';
import type { Post } from './post.object.js';
import { type ContentRow, type NewPost, PostsRepository } from './posts.repository.js';

const postNotFound = () => new DomainError('POST_NOT_FOUND', 'No such post.');

export const placeOf = (row: Pick<ContentRow, 'spaceId' | 'visibility'>): Place =>
  row.spaceId && row.visibility ? { id: row.spaceId, visibility: row.visibility } : null;

@Injectable()
export class PostsService {
  constructor(
    private readonly posts: PostsRepository,
    private readonly spaces: SpacesService,
    private readonly activity: ActivityRecorder,
    private readonly events: DomainEvents,
    @InjectDataSource() private readonly db: DataSource,
    private readonly conversation: ConversationNotifier,
  ) {}

  /** A post the viewer may read, or POST_NOT_FOUND exactly as if it did not exist. */
  async readablePost(viewer: Viewer, id: string): Promise<Post> {
    const post = isId(id) ? await this.posts.post(viewer.id, id) : undefined;
    if (!post || !canReadPlace(viewer, post.space).allowed) throw postNotFound();
    return post;
  }

  async create(viewer: Viewer, input: CreatePostInput): Promise<Post> {
    const body = validateBody(input.body);
    if (input.kind === 'EVENT') {
      throw new DomainError('KIND_RESERVED', 'EVENT posts are made by connectors, not by people.', { field: 'kind' });
    }
    const place: Place = input.spaceId ? await this.spaces.visibleSpace(viewer, { id: input.spaceId }) : null;
    assertAllowed(canPostIn(viewer, place));
    // Announcements speak for the space (or the company): moderators only.
    if (input.kind === 'ANNOUNCEMENT') assertAllowed(canModerate(viewer, place));
    const { id, announce } = await this.db.transaction((tx) => this.write(tx, viewer, place, input.kind, body, undefined));
    announce();
    return (await this.posts.post(viewer.id, id))!;
  }

  /**
   * Writes a post inside the caller's transaction (mail, connectors) with the checks and side
   * effects of `create`; the caller runs `announce` once that transaction has committed.
   */
  async createInTx(
    tx: EntityManager,
    viewer: Viewer,
    input: { spaceId: string | null; kind: PostKind; body: string },
    source?: NewPost['source'],
  ): Promise<{ id: string; announce: () => void }> {
    const body = validateBody(input.body);
    const place: Place = input.spaceId ? await this.spaces.visibleSpace(viewer, { id: input.spaceId }, tx) : null;
    assertAllowed(canPostIn(viewer, place));
    if (input.kind === 'ANNOUNCEMENT') assertAllowed(canModerate(viewer, place));
    return this.write(tx, viewer, place, input.kind, body, source);
  }

  private async write(tx: EntityManager, viewer: Viewer, place: Place, kind: PostKind, body: string, source: NewPost['source']) {
    const postId = await this.posts.insertPost(tx, {
      spaceId: place?.id ?? null,
      authorId: viewer.id,
      kind,
      body,
      html: renderMarkdown(body),
      source,
    });
    await this.activity.record(tx, {
      actorId: viewer.id,
      verb: 'post',
      targetType: 'post',
      targetId: postId,
      threadId: postId,
      targetAuthorId: viewer.id,
      spaceId: place?.id ?? null,
      meta: { kind: kind.toLowerCase() },
    });
    const notified = await this.conversation.postWritten(tx, viewer, { id: postId, authorId: viewer.id, place }, body, true);
    const announce = () => {
      this.events.emit({ type: 'post.created', postId, spaceId: place?.id ?? null, authorId: viewer.id });
      this.conversation.announce(notified);
    };
    return { id: postId, announce };
  }

  async edit(viewer: Viewer, id: string, rawBody: string): Promise<Post> {
    const body = validateBody(rawBody);
    const { row, notified } = await this.db.transaction(async (tx) => {
      const row = await this.locatePost(tx, viewer, id);
      assertAllowed(canChangeContent(viewer, { authorId: row.authorId, place: placeOf(row) }));
      await this.posts.editPost(tx, row.id, viewer.id, body, renderMarkdown(body));
      await this.recordOnPost(tx, viewer, row, 'edit');
      const notified = await this.conversation.postWritten(
        tx,
        viewer,
        { id: row.id, authorId: row.authorId, place: placeOf(row) },
        body,
        false,
      );
      return { row, notified };
    });
    this.events.emit({ type: 'post.updated', postId: row.id, spaceId: row.spaceId, deleted: false });
    this.conversation.announce(notified);
    return this.readablePost(viewer, id);
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const row = await this.db.transaction(async (tx) => {
      const row = await this.locatePost(tx, viewer, id);
      assertAllowed(canChangeContent(viewer, { authorId: row.authorId, place: placeOf(row) }));
      await this.posts.softDeletePost(tx, row.id);
      await this.recordOnPost(tx, viewer, row, 'delete');
      return row;
    });
    this.events.emit({ type: 'post.updated', postId: row.id, spaceId: row.spaceId, deleted: true });
    return true;
  }

  async pin(viewer: Viewer, id: string, pinned: boolean): Promise<Post> {
    const row = await this.db.transaction(async (tx) => {
      const row = await this.locatePost(tx, viewer, id);
      assertAllowed(canPin(viewer, placeOf(row)));
      await this.posts.pinPost(tx, row.id, pinned);
      await this.recordOnPost(tx, viewer, row, 'pin', { pinned });
      return row;
    });
    this.events.emit({ type: 'post.updated', postId: row.id, spaceId: row.spaceId, deleted: false });
    return this.readablePost(viewer, id);
  }

  private async locatePost(tx: EntityManager, viewer: Viewer, id: string): Promise<ContentRow> {
    const row = isId(id) ? await this.posts.locate(tx, id) : undefined;
    if (!row || row.type !== 'POST' || !canReadPlace(viewer, placeOf(row)).allowed) throw postNotFound();
    return row;
  }

  private recordOnPost(
    tx: EntityManager,
    viewer: Viewer,
    row: ContentRow,
    verb: 'edit' | 'delete' | 'pin',
    meta?: Record<string, unknown>,
  ) {
    return this.activity.record(tx, {
      actorId: viewer.id,
      verb,
      targetType: 'post',
      targetId: row.id,
      threadId: row.id,
      targetAuthorId: row.authorId,
      spaceId: row.spaceId,
      meta,
    });
  }
}
