import { canChangeContent, canPin, renderMarkdown, validateBody, type Viewer } from '@chantier/domain';
import { Args, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../common/auth/decorators.js';
import { Connection } from '../common/graphql/connection.js';
import { CreatePostInput } from './dto/content.inputs.js';
import { InteractionsService } from './interactions.service.js';
import { Comment, Post } from './post.object.js';
import { PostsService } from './posts.service.js';

@ObjectType()
export class PostConnection extends Connection(Post, 'Post') {}

@ObjectType()
export class CommentConnection extends Connection(Comment, 'Comment') {}

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly interactions: InteractionsService,
  ) {}

  @Query(() => Post, { nullable: true })
  post(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.posts.readablePost(viewer, id);
  }

  @Query(() => String, { description: 'The sanitised HTML a markdown body renders to (composer preview).' })
  renderMarkdown(@Args('body') body: string) {
    return renderMarkdown(validateBody(body));
  }

  @Mutation(() => Post)
  createPost(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePostInput) {
    return this.posts.create(viewer, input);
  }

  @Mutation(() => Post)
  editPost(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('body') body: string) {
    return this.posts.edit(viewer, id, body);
  }

  @Mutation(() => Boolean)
  deletePost(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.posts.delete(viewer, id);
  }

  @Mutation(() => Post)
  pinPost(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('pinned') pinned: boolean) {
    return this.posts.pin(viewer, id, pinned);
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(@CurrentViewer() viewer: Viewer, @Parent() post: Post) {
    return canChangeContent(viewer, { authorId: post.author.id, place: post.space }).allowed;
  }

  @ResolveField(() => Boolean)
  viewerCanPin(@CurrentViewer() viewer: Viewer, @Parent() post: Post) {
    return canPin(viewer, post.space).allowed;
  }

  @ResolveField(() => CommentConnection, { description: 'Oldest first; replies carry parentId.' })
  comments(
    @CurrentViewer() viewer: Viewer,
    @Parent() post: Post,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.interactions.comments(viewer, post, first, after);
  }
}
