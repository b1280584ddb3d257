import type { NotificationFilter } from './notification';
import type { NotificationStore } from './notification-store';

export interface NotificationDeps {
  notifications: NotificationStore;
  now: () => Date;
}

/** The caller's notifications, one Query: unread first then read, or one of the two; newest first. */
export const listNotifications = (deps: Pick<NotificationDeps, 'notifications'>, userId: string, query: { status: NotificationFilter; limit: number; cursor?: string }) =>
  deps.notifications.list(userId, { filter: query.status, limit: query.limit, cursor: query.cursor });

/** Marks one of the caller's notifications read; again is harmless; another customer's id is not found. */
export const markNotificationRead = (deps: NotificationDeps, userId: string, id: string) => deps.notifications.markRead(userId, id, deps.now().toISOString());
