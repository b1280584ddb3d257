import type { AccountDataDeps } from '../../shared/account-data/account-data-deps';
import { dynamoBackupStore } from '../../shared/backups/dynamo-backup-store';
import { dynamoLedgerStore } from '../../shared/billing/dynamo-ledger-store';
import type { ExportDeliveryDeps } from '../../shared/account-data/export-delivery';
import type { ExportStore } from '../../shared/account-data/export-store';
import { s3ExportStoreOnFirstCall } from '../../shared/account-data/s3-export-store-on-first-call';
import { dynamoDocumentClient } from '../../shared/aws/clients';
import { s3ArchiveStoreOnFirstCall } from '../../shared/backups/s3-archive-store-on-first-call';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoNotificationStore } from '../../shared/notifications/dynamo-notification-store';
import { notificationSettings } from '../../shared/notifications/notification-settings';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';
import { stepFunctionsOnFirstCall } from '../../shared/subscriptions/step-functions-on-first-call';
import { stateMachineArns } from '../../shared/subscriptions/workflow-starter';
import { dynamoWebhookEndpointStore } from '../../shared/webhooks/dynamo-webhook-endpoint-store';
import { apiKeyServices } from '../../shared/api-keys/api-key-services';
import { dynamoTotpStore } from '../../shared/mfa/dynamo-totp-store';
import { accountDeps } from './account-deps';

/** The stores of everything a customer holds, for closing an account and exporting it; built once per container. */
export const accountDataDeps = once((): AccountDataDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  const account = accountDeps();
  return {
    users: account.users,
    sessions: account.sessions,
    mail: account.mail,
    limiter: account.limiter,
    now: account.now,
    subscriptions: dynamoSubscriptionStore(db, env.TABLE_NAME),
    workflows: stepFunctionsOnFirstCall(stateMachineArns(env)),
    backups: dynamoBackupStore(db, env.TABLE_NAME),
    // Only the closing is granted the bucket (infra/aws/function-access.ts); the export never removes archives.
    archives: env.BACKUP_BUCKET ? s3ArchiveStoreOnFirstCall(env.BACKUP_BUCKET) : { remove: () => Promise.reject(new Error('BACKUP_BUCKET is not set: this function was not granted the backups bucket')) },
    webhooks: dynamoWebhookEndpointStore(db, env.TABLE_NAME),
    ledger: dynamoLedgerStore(db, env.TABLE_NAME),
    notifications: dynamoNotificationStore(db, env.TABLE_NAME, { retentionDays: notificationSettings().retentionDays }),
    apiKeys: apiKeyServices().keys,
    totp: dynamoTotpStore(db, env.TABLE_NAME),
  };
});

/** Only auth/export-me is granted the bucket's exports/ (infra/aws/function-access.ts); without it a link cannot be made. */
const noBucket: ExportStore = {
  put: () => Promise.reject(new Error('BACKUP_BUCKET is not set: this function was not granted the exports of the backups bucket')),
  downloadLink: () => Promise.reject(new Error('BACKUP_BUCKET is not set: this function was not granted the exports of the backups bucket')),
};

/** The export's: the stores above, where large exports are left, and the size above which they are. */
export const exportDeliveryDeps = once((): ExportDeliveryDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  return {
    ...accountDataDeps(),
    exports: env.BACKUP_BUCKET ? s3ExportStoreOnFirstCall(env.BACKUP_BUCKET) : noBucket,
    inlineMaxBytes: env.EXPORT_INLINE_MAX_BYTES,
  };
});
