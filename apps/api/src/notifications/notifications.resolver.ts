import type { Viewer } from '@chantier/domain';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../common/auth/decorators.js';
import { NotificationPreferencesInput } from './dto/notification-preferences.input.js';
import { Notification, NotificationConnection, NotificationPreferences } from './notification.object.js';
import { NotificationsService } from './notifications.service.js';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: "The viewer's notifications, most recently changed first." })
  notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.service.page(viewer, first, after);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentViewer() viewer: Viewer) {
    return this.service.unreadCount(viewer);
  }

  @Mutation(() => Int, { description: 'Marks these notifications read (all when ids is null); returns how many changed.' })
  markNotificationsRead(@CurrentViewer() viewer: Viewer, @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null) {
    return this.service.markRead(viewer, ids);
  }

  @Query(() => NotificationPreferences)
  notificationPreferences(@CurrentViewer() viewer: Viewer) {
    return this.service.preferences(viewer);
  }

  @Mutation(() => NotificationPreferences)
  updateNotificationPreferences(@CurrentViewer() viewer: Viewer, @Args('input') input: NotificationPreferencesInput) {
    return this.service.updatePreferences(viewer, input);
  }
}
