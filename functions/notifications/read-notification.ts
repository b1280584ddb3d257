import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { markNotificationRead } from '../../shared/notifications/manage-notifications';
import { notificationDeps } from './notification-deps';
import { readNotificationRoute } from './notification-routes';

export const handler = httpHandler(readNotificationRoute, async ({ params, principal }) => {
  await markNotificationRead(notificationDeps(), customerOf(principal).userId, params.id);
  return { status: 204 };
});
