import {
  DomainError,
  excerpt,
  isId,
  NOTIFICATION_KINDS,
  pageSize,
  readableScope,
  validatePreferenceKinds,
  type Viewer,
} from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { toConnection } from '../common/graphql/connection.js';
import { Cursors } from '../common/graphql/cursor.js';
import type { NotificationPreferencesInput } from './dto/notification-preferences.input.js';
import type { Notification, NotificationPreferences } from './notification.object.js';
import { NotificationsRepository } from './notifications.repository.js';

/** One call may name at most this many notifications (a page is at most 100). */
const MAX_IDS = 500;

/** The viewer's own notifications: reading them, marking them read, and their preferences. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async page(viewer: Viewer, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first);
    const key = Cursors.notifications.decode(after);
    const rows = await this.notifications.page(viewer.id, readableScope(viewer), key, size + 1);
    const nodes: Notification[] = rows.map(({ excerptSource, ...row }) => ({ ...row, excerpt: excerpt(excerptSource) || null }));
    return toConnection(nodes, size, (n) => Cursors.notifications.encode([n.cursorTime, n.id]));
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.notifications.unreadCount(viewer.id, readableScope(viewer));
  }

  /** Marks the given notifications (all when `ids` is null) read; others' ids are ignored. Returns how many changed. */
  async markRead(viewer: Viewer, ids: readonly string[] | null | undefined): Promise<number> {
    if (ids) {
      if (ids.length > MAX_IDS) {
        throw new DomainError('TOO_MANY_IDS', `At most ${MAX_IDS} notifications at once.`, { field: 'ids', limit: MAX_IDS });
      }
      if (!ids.every(isId)) throw new DomainError('INVALID_ID', 'One of the ids is not a notification id.', { field: 'ids' });
      if (ids.length === 0) return 0;
    }
    return this.notifications.markRead(viewer.id, readableScope(viewer), ids ? [...new Set(ids)] : null);
  }

  async preferences(viewer: Viewer): Promise<NotificationPreferences> {
    const { muted, emailDigest } = await this.notifications.preferences(viewer.id);
    return { inApp: NOTIFICATION_KINDS.map((kind) => ({ kind, enabled: !muted.includes(kind) })), emailDigest };
  }

  async updatePreferences(viewer: Viewer, input: NotificationPreferencesInput): Promise<NotificationPreferences> {
    const settings = input.inApp ?? [];
    validatePreferenceKinds(settings.map((s) => s.kind));
    await this.db.transaction((tx) => this.notifications.savePreferences(tx, viewer.id, settings, input.emailDigest ?? null));
    return this.preferences(viewer);
  }
}
