import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import type { RequestContext } from '../common/auth/request-context.js';
import { Comment, Post } from '../posts/post.object.js';
import { Attachment } from './attachment.object.js';
import { type AttachmentRow, MailInRepository } from './mail-in.repository.js';

const toAttachment = (row: AttachmentRow): Attachment => ({
  id: row.id,
  filename: row.filename,
  contentType: row.contentType,
  size: row.size,
  url: `/files/${row.id}`,
});

const groupBy = (rows: AttachmentRow[], key: (row: AttachmentRow) => string | null) => {
  const groups = new Map<string, Attachment[]>();
  for (const row of rows) {
    const id = key(row);
    if (id) groups.set(id, [...(groups.get(id) ?? []), toAttachment(row)]);
  }
  return groups;
};

interface Loaders {
  posts: DataLoader<string, Attachment[]>;
  comments: DataLoader<{ id: string; postId: string }, Attachment[], string>;
}

/**
 * `attachments` on posts and comments, one query per request for all the posts (or comments) of
 * a page. The parent was already found readable by the viewer, so its files are theirs to list.
 */
@Resolver(() => Post)
export class PostAttachmentsResolver {
  // Per request: keyed by the request object, gone with it.
  private readonly loaders = new WeakMap<object, Loaders>();

  constructor(private readonly mail: MailInRepository) {}

  @ResolveField(() => [Attachment])
  attachments(@Parent() post: Post, @Context() ctx: RequestContext): Promise<Attachment[]> {
    return this.loadersFor(ctx).posts.load(post.id);
  }

  loadersFor(ctx: RequestContext): Loaders {
    let loaders = this.loaders.get(ctx.req);
    if (!loaders) {
      loaders = {
        posts: new DataLoader(async (ids) => {
          const groups = groupBy(await this.mail.attachmentsOfPosts(ids), (row) => row.postId);
          return ids.map((id) => groups.get(id) ?? []);
        }),
        comments: new DataLoader(
          async (comments) => {
            const groups = groupBy(await this.mail.attachmentsOfComments(comments), (row) => row.commentId);
            return comments.map((comment) => groups.get(comment.id) ?? []);
          },
          { cacheKeyFn: (comment) => comment.id },
        ),
      };
      this.loaders.set(ctx.req, loaders);
    }
    return loaders;
  }
}

@Resolver(() => Comment)
export class CommentAttachmentsResolver {
  constructor(private readonly posts: PostAttachmentsResolver) {}

  @ResolveField(() => [Attachment])
  attachments(@Parent() comment: Comment, @Context() ctx: RequestContext): Promise<Attachment[]> {
    return this.posts.loadersFor(ctx).comments.load({ id: comment.id, postId: comment.postId });
  }
}
