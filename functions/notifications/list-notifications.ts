import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { listNotifications } from '../../shared/notifications/manage-notifications';
import { notificationDeps } from './notification-deps';
import { listNotificationsRoute } from './notification-routes';

export const handler = httpHandler(listNotificationsRoute, async ({ query, principal }) => ({
  status: 200,
  body: await listNotifications(notificationDeps(), customerOf(principal).userId, query),
}));
