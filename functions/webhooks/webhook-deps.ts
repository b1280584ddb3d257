import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoDeliveryAttemptStore } from '../../shared/webhooks/dynamo-delivery-attempt-store';
import { dynamoWebhookEndpointStore } from '../../shared/webhooks/dynamo-webhook-endpoint-store';
import type { WebhookDeps } from '../../shared/webhooks/manage-webhooks';
import { webhookSettings } from '../../shared/webhooks/webhook-settings';

/** Built on first use and kept for the life of the Lambda container; the customer and admin routes share it. */
export const webhookDeps = once((): WebhookDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const settings = webhookSettings();
  const db = dynamoDocumentClient();
  return {
    endpoints: dynamoWebhookEndpointStore(db, env.TABLE_NAME),
    attempts: dynamoDeliveryAttemptStore(db, env.TABLE_NAME, { retentionDays: settings.attemptRetentionDays }),
    addressPolicy: settings.addressPolicy,
    now: () => new Date(),
  };
});
