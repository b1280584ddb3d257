import { dynamoDocumentClient } from '../../shared/aws/clients';
import { sqsClient } from '../../shared/aws/sqs-client';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { commitWithEvents } from '../../shared/events/outbox';
import { queueUrlFromEnvironment } from '../../shared/queues/queue-environment';
import { sqsQueuePort } from '../../shared/queues/sqs-queue-port';
import { dynamoRateLimiter } from '../../shared/rate-limit/dynamo-rate-limiter';
import { dynamoWebhookDeliveryStore } from '../../shared/webhooks/dynamo-webhook-delivery-store';
import type { RetryDeliveryDeps } from '../../shared/webhooks/retry-delivery';
import { type SendTestEventDeps, WEBHOOK_CALL_LIMITS } from '../../shared/webhooks/send-test-event';
import { WEBHOOK_DELIVERY_QUEUE } from '../../shared/webhooks/webhook-queues';
import { webhookSettings } from '../../shared/webhooks/webhook-settings';
import { webhookDeps } from './webhook-deps';

const limiter = once(() => dynamoRateLimiter(dynamoDocumentClient(), loadConfig(functionEnvironmentSchema).TABLE_NAME, WEBHOOK_CALL_LIMITS.windowSeconds));

/** `POST …/test`: the endpoint store, the per-customer limit and the outbox. */
export const testWebhookDeps = once((): SendTestEventDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return {
    endpoints: webhookDeps().endpoints,
    limiter: limiter(),
    commitEvents: (events) => commitWithEvents(db, env.TABLE_NAME, [], events),
    now: () => new Date(),
  };
});

/** `POST …/deliveries/{deliveryId}/retry` (customers' and administrators'): the records and the delivery queue it sends to. */
export const retryDeliveryDeps = once((): RetryDeliveryDeps => ({
  endpoints: webhookDeps().endpoints,
  deliveries: dynamoWebhookDeliveryStore(dynamoDocumentClient(), loadConfig(functionEnvironmentSchema).TABLE_NAME, { retentionDays: webhookSettings().attemptRetentionDays }),
  deliveryQueue: sqsQueuePort(sqsClient(), queueUrlFromEnvironment(WEBHOOK_DELIVERY_QUEUE)),
  limiter: limiter(),
}));
