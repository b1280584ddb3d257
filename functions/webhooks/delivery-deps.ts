import { dynamoDocumentClient } from '../../shared/aws/clients';
import { sqsClient } from '../../shared/aws/sqs-client';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { queueUrlFromEnvironment } from '../../shared/queues/queue-environment';
import { sqsQueuePort } from '../../shared/queues/sqs-queue-port';
import type { DeliveryDeps } from '../../shared/webhooks/deliver-webhook';
import { dynamoDeliveryAttemptStore } from '../../shared/webhooks/dynamo-delivery-attempt-store';
import type { DeliveryTallyStore } from '../../shared/webhooks/delivery-tally-store';
import { dynamoDeliveryTallyStore } from '../../shared/webhooks/dynamo-delivery-tally-store';
import { dynamoEndpointHealthStore } from '../../shared/webhooks/dynamo-endpoint-health-store';
import { dynamoWebhookDeliveryStore } from '../../shared/webhooks/dynamo-webhook-delivery-store';
import { dynamoWebhookEndpointStore } from '../../shared/webhooks/dynamo-webhook-endpoint-store';
import type { WebhookEndpointStore } from '../../shared/webhooks/webhook-endpoint-store';
import type { FanOutDeps } from '../../shared/webhooks/fan-out-event';
import { WEBHOOK_DELIVERY_QUEUE } from '../../shared/webhooks/webhook-queues';
import { webhookSettings } from '../../shared/webhooks/webhook-settings';
import { createWebhookSender } from '../../shared/webhooks/webhook-sender';

const stores = once(() => {
  const env = loadConfig(functionEnvironmentSchema);
  const settings = webhookSettings();
  const db = dynamoDocumentClient();
  return {
    settings,
    endpoints: dynamoWebhookEndpointStore(db, env.TABLE_NAME),
    deliveries: dynamoWebhookDeliveryStore(db, env.TABLE_NAME, { retentionDays: settings.attemptRetentionDays }),
    attempts: dynamoDeliveryAttemptStore(db, env.TABLE_NAME, { retentionDays: settings.attemptRetentionDays }),
    health: dynamoEndpointHealthStore(db, env.TABLE_NAME),
    tally: dynamoDeliveryTallyStore(db, env.TABLE_NAME),
  };
});

/** The delivery queue, for its consumer (visibility changes) and its senders; its URL comes from the stack. */
export const deliveryQueue = once(() => sqsQueuePort(sqsClient(), queueUrlFromEnvironment(WEBHOOK_DELIVERY_QUEUE)));

/** The fan-out consumer's dependencies, built on first use and kept for the life of the container. */
export const fanOutDeps = once((): FanOutDeps => {
  const { endpoints, deliveries } = stores();
  return { endpoints, deliveries, deliveryQueue: deliveryQueue(), now: () => new Date() };
});

/**
 * The delivery consumer's: one sender (and its agents, so kept-alive connections) per container. The tally
 * the attempts are counted in is the batch's (batch-tally.ts), given per batch; `tallyStore` is where the
 * batch writes it. So are the endpoint reads (batch-endpoint-reads.ts), from `endpoints`.
 */
export const deliveryDeps = once((): Omit<DeliveryDeps, 'tally' | 'endpoints'> & { tallyStore: DeliveryTallyStore; endpoints: Pick<WebhookEndpointStore, 'getEndpointsForDelivery'> } => {
  const { settings, endpoints, deliveries, attempts, health, tally } = stores();
  return {
    endpoints,
    deliveries,
    attempts,
    health,
    tallyStore: tally,
    send: createWebhookSender(settings.addressPolicy, { timeoutMs: settings.attemptTimeoutMs }),
    retrySchedule: settings.retrySchedule,
    healthSettings: settings.health,
    now: () => new Date(),
  };
});
