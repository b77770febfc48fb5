import { extractReferences, MAX_MENTIONS_PER_CONTENT, type Place, readersOf, type Viewer } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { ActivityRecorder } from '../activity/activity.recorder.js';
import { ViewerRepository } from '../auth/viewer.repository.js';
import { HashtagsRepository } from '../hashtags/hashtags.repository.js';
import { type MentionSource, MentionsRepository } from '../mentions/mentions.repository.js';
import { type NotificationRef, NotificationsRepository } from './notifications.repository.js';
import { type NotificationCandidate, Notifier } from './notifier.js';

/** The facts about a post or comment that its conversation's side effects need. */
export interface ContentFacts {
  id: string;
  authorId: string;
  place: Place;
}

/**
 * What writing in a conversation sets off, inside the write's transaction: mentions resolved
 * and stored, hashtags kept in step with the body, `mention` activity rows, and the
 * notifications of the people concerned. Services call it, then `announce` after commit.
 */
@Injectable()
export class ConversationNotifier {
  constructor(
    private readonly mentions: MentionsRepository,
    private readonly hashtags: HashtagsRepository,
    private readonly viewers: ViewerRepository,
    private readonly activity: ActivityRecorder,
    private readonly notifier: Notifier,
    private readonly notifications: NotificationsRepository,
  ) {}

  /** A post was created or its body edited: mentions, hashtags, MENTION and (when new) SPACE_POST. */
  async postWritten(tx: EntityManager, actor: Viewer, post: ContentFacts, body: string, created: boolean): Promise<NotificationRef[]> {
    const { mentions, hashtags } = extractReferences(body);
    const source = { postId: post.id, commentId: null };
    const mentioned = await this.storeMentions(tx, actor, post.place, source, mentions, created);
    if (!created || hashtags.length > 0) await this.hashtags.replaceForSource(tx, post.id, post.id, hashtags);
    const candidates: NotificationCandidate[] = mentioned.map((userId) => ({ userId, kind: 'MENTION' }));
    if (created && post.place) {
      for (const userId of await this.notifications.spaceFollowerIds(tx, post.place.id)) candidates.push({ userId, kind: 'SPACE_POST' });
    }
    return this.notifier.notify(tx, { actorId: actor.id, place: post.place, postId: post.id, commentId: null }, candidates);
  }

  /** A comment was added or edited: mentions, hashtags (they tag the post), MENTION and (when new) REPLY. */
  async commentWritten(
    tx: EntityManager,
    actor: Viewer,
    comment: { id: string; body: string },
    thread: { post: ContentFacts; parentAuthorId: string | null },
    created: boolean,
  ): Promise<NotificationRef[]> {
    const { post } = thread;
    const { mentions, hashtags } = extractReferences(comment.body);
    const mentioned = await this.storeMentions(tx, actor, post.place, { postId: post.id, commentId: comment.id }, mentions, created);
    if (!created || hashtags.length > 0) await this.hashtags.replaceForSource(tx, post.id, comment.id, hashtags);
    const candidates: NotificationCandidate[] = mentioned.map((userId) => ({ userId, kind: 'MENTION' }));
    if (created) {
      if (thread.parentAuthorId) candidates.push({ userId: thread.parentAuthorId, kind: 'REPLY' });
      candidates.push({ userId: post.authorId, kind: 'REPLY' });
    }
    return this.notifier.notify(tx, { actorId: actor.id, place: post.place, postId: post.id, commentId: comment.id }, candidates);
  }

  /** Someone reacted to a post or comment for the first time: REACTION for its author, gathered per target. */
  async reacted(
    tx: EntityManager,
    actor: Viewer,
    target: ContentFacts & { postId: string; type: 'POST' | 'COMMENT' },
  ): Promise<NotificationRef[]> {
    return this.notifier.notify(
      tx,
      {
        actorId: actor.id,
        place: target.place,
        postId: target.postId,
        commentId: target.type === 'COMMENT' ? target.id : null,
        targetId: target.id,
      },
      [{ userId: target.authorId, kind: 'REACTION' }],
    );
  }

  /** A deleted comment no longer tags its post. */
  commentDeleted(tx: EntityManager, commentId: string): Promise<void> {
    return this.hashtags.forgetSource(tx, commentId);
  }

  announce(written: readonly NotificationRef[]): void {
    this.notifier.announce(written);
  }

  /**
   * Resolves handles to active people who may read the place (anyone else is dropped silently:
   * the author learns nothing about them), stores them as the source's mentions, and records a
   * `mention` edge for each person newly mentioned. Returns the newly mentioned.
   */
  private async storeMentions(
    tx: EntityManager,
    actor: Viewer,
    place: Place,
    source: MentionSource,
    handles: readonly string[],
    created: boolean,
  ): Promise<string[]> {
    if (created && handles.length === 0) return []; // nothing stored before, nothing to store now
    const ids = await this.mentions.activeUserIds(tx, handles.slice(0, MAX_MENTIONS_PER_CONTENT), MAX_MENTIONS_PER_CONTENT);
    const viewers = await this.viewers.loadMany(ids, { membershipsIn: place ? [place.id] : [], tx });
    const readers = readersOf(place, viewers).map((viewer) => viewer.id);
    const added = await this.mentions.replace(tx, source, readers, created);
    for (const userId of added) {
      if (userId === actor.id) continue; // no edge from a person to themselves (ANALYTICS.md §8)
      await this.activity.record(tx, {
        actorId: actor.id,
        verb: 'mention',
        targetType: 'person',
        targetId: userId,
        threadId: source.postId,
        targetAuthorId: userId,
        spaceId: place?.id ?? null,
        meta: { in: source.commentId ? 'comment' : 'post', contentId: source.commentId ?? source.postId, mention_count: readers.length },
      });
    }
    return added;
  }
}
