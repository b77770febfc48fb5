import { extractReferences, MAX_MENTIONS_PER_CONTENT, readersOf } from '@chantier/domain';

import type { ActivityLog } from './demo-activity.js';
import type { DemoComment, DemoPerson, DemoPost } from './demo-model.js';
import { type DemoOrg, placeOf, viewerAt } from './demo-org.js';

/** A mention row: who a post's body (commentId null) or one of its comments mentions. */
export interface DemoMention {
  readonly postId: string;
  readonly commentId: string | null;
  readonly userId: string;
  readonly at: Date;
}

/** A tag, created when it was first used. */
export interface DemoHashtag {
  readonly id: string;
  readonly tag: string;
  readonly at: Date;
}

/** A post carries a tag through one source: its body (sourceId = the post's id) or one of its comments. */
export interface DemoPostHashtag {
  readonly hashtagId: string;
  readonly postId: string;
  readonly sourceId: string;
  readonly postAt: Date;
}

export interface DemoReferences {
  readonly mentions: DemoMention[];
  readonly hashtags: DemoHashtag[];
  readonly postHashtags: DemoPostHashtag[];
  /** Post or comment id → the people it mentions: the MENTION candidates of its notifications. */
  readonly mentioned: ReadonlyMap<string, readonly string[]>;
}

/** A post's body or one of its comments: what ConversationNotifier reads references from. */
interface Source {
  readonly post: DemoPost;
  readonly comment: DemoComment | null;
  readonly author: DemoPerson;
  readonly body: string;
  readonly at: Date;
}

const sourcesInOrder = (posts: readonly DemoPost[], comments: readonly DemoComment[]): Source[] =>
  [
    ...posts.map((post): Source => ({ post, comment: null, author: post.author, body: post.body, at: post.at })),
    ...comments.map((comment): Source => ({ post: comment.post, comment, author: comment.author, body: comment.body, at: comment.at })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

/**
 * What the API's ConversationNotifier would have stored as each post and comment was written,
 * oldest first: the people it mentions who could read the place then (the account active, a
 * member of a PRIVATE or SECRET space — the domain's `readersOf`), a `mention` activity edge to
 * each of them but the author, and the hashtags it gives its post.
 */
export const collectReferences = (
  org: DemoOrg,
  posts: readonly DemoPost[],
  comments: readonly DemoComment[],
  log: ActivityLog,
  newId: () => string,
): DemoReferences => {
  const byHandle = new Map(org.people.map((p) => [p.handle, p]));
  const tags = new Map<string, DemoHashtag>();
  const result = { mentions: [] as DemoMention[], hashtags: [] as DemoHashtag[], postHashtags: [] as DemoPostHashtag[] };
  const mentioned = new Map<string, readonly string[]>();

  for (const source of sourcesInOrder(posts, comments)) {
    const { post, comment, at } = source;
    const { mentions, hashtags } = extractReferences(source.body);
    const place = post.space;

    // MentionsRepository.activeUserIds: existing active accounts with these handles, in handle order.
    const people = mentions
      .slice(0, MAX_MENTIONS_PER_CONTENT)
      .sort()
      .flatMap((handle) => byHandle.get(handle) ?? []);
    const readers = readersOf(
      placeOf(place),
      people.map((p) => viewerAt(p, place, at)),
    ).map((v) => v.id);
    if (readers.length > 0) mentioned.set(comment?.id ?? post.id, readers);
    for (const userId of readers) {
      result.mentions.push({ postId: post.id, commentId: comment?.id ?? null, userId, at });
      if (userId === source.author.id) continue; // no edge from a person to themselves
      log.add({
        at,
        actorId: source.author.id,
        verb: 'mention',
        targetType: 'person',
        targetId: userId,
        threadId: post.id,
        targetAuthorId: userId,
        spaceId: place?.id ?? null,
        meta: { in: comment ? 'comment' : 'post', contentId: comment?.id ?? post.id, mention_count: readers.length },
      });
    }

    for (const tag of [...hashtags].sort()) {
      let hashtag = tags.get(tag);
      if (!hashtag) {
        hashtag = { id: newId(), tag, at };
        tags.set(tag, hashtag);
        result.hashtags.push(hashtag);
      }
      result.postHashtags.push({ hashtagId: hashtag.id, postId: post.id, sourceId: comment?.id ?? post.id, postAt: post.at });
    }
  }
  return { ...result, mentioned };
};
