import { canChangeContent, type ReactionType, type Viewer } from '@chantier/domain';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../common/auth/decorators.js';
import { InteractionsService } from './interactions.service.js';
import { Comment, ReactionSummary, ReactionTypeEnum } from './post.object.js';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(private readonly interactions: InteractionsService) {}

  @Mutation(() => Comment)
  addComment(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('body') body: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
  ) {
    return this.interactions.addComment(viewer, postId, body, parentId);
  }

  @Mutation(() => Comment)
  editComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('body') body: string) {
    return this.interactions.editComment(viewer, id, body);
  }

  @Mutation(() => Boolean)
  deleteComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.interactions.deleteComment(viewer, id);
  }

  @Mutation(() => ReactionSummary, { description: "Set the viewer's one reaction on a post or comment." })
  react(
    @CurrentViewer() viewer: Viewer,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('type', { type: () => ReactionTypeEnum }) type: ReactionType,
  ) {
    return this.interactions.react(viewer, targetId, type);
  }

  @Mutation(() => ReactionSummary)
  unreact(@CurrentViewer() viewer: Viewer, @Args('targetId', { type: () => ID }) targetId: string) {
    return this.interactions.unreact(viewer, targetId);
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(@CurrentViewer() viewer: Viewer, @Parent() comment: Comment) {
    return canChangeContent(viewer, { authorId: comment.author.id, place: comment.space }).allowed;
  }
}
