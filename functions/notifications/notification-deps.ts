import { dynamoUserStore } from '../../shared/accounts/dynamo-user-store';
import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoNotificationStore } from '../../shared/notifications/dynamo-notification-store';
import { configuredEmailSender } from '../../shared/notifications/configured-email-sender';
import type { NotificationDeps } from '../../shared/notifications/manage-notifications';
import { notificationSettings } from '../../shared/notifications/notification-settings';
import type { NotifierDeps } from '../../shared/notifications/notify-customer';

/** Built on first use and kept for the life of the Lambda container: the routes' and the notifier's. */
export const notificationDeps = once((): NotificationDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  return {
    notifications: dynamoNotificationStore(dynamoDocumentClient(), env.TABLE_NAME, { retentionDays: notificationSettings().retentionDays }),
    now: () => new Date(),
  };
});

export const notifierDeps = once((): NotifierDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const settings = notificationSettings();
  const db = dynamoDocumentClient();
  return {
    notifications: dynamoNotificationStore(db, env.TABLE_NAME, { retentionDays: settings.retentionDays }),
    users: dynamoUserStore(db, env.TABLE_NAME),
    email: configuredEmailSender(settings.email),
    now: () => new Date(),
  };
});
