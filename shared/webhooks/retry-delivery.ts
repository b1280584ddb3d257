import { conflict, notFound } from '../errors/app-error';
import type { QueuePort } from '../queues/queue-port';
import type { RateLimiter } from '../rate-limit/rate-limiter';
import { deliveryMessageOf } from './delivery-message';
import { spendCall, WEBHOOK_CALL_LIMITS } from './send-test-event';
import type { WebhookDeliveryStore } from './webhook-delivery-store';
import type { WebhookOwner } from './webhook-endpoint';
import type { WebhookEndpointStore } from './webhook-endpoint-store';

export interface RetryDeliveryDeps {
  endpoints: Pick<WebhookEndpointStore, 'get'>;
  deliveries: Pick<WebhookDeliveryStore, 'get'>;
  /** The delivery queue. */
  deliveryQueue: Pick<QueuePort, 'send'>;
  limiter: Pick<RateLimiter, 'check' | 'recordFailure'>;
}

/**
 * `POST /v1/webhooks/{id}/deliveries/{deliveryId}/retry`: the delivery queued again now, with the same
 * `webhook-id`, body and sequence headers, for one attempt (logged like any other). The endpoint is looked
 * up under the caller, so another owner's ids are not found; a delivery whose record has aged out is not
 * found either.
 */
export const retryDelivery = async (deps: RetryDeliveryDeps, owner: WebhookOwner, webhookId: string, deliveryId: string) => {
  const endpoint = await deps.endpoints.get(owner, webhookId);
  if (!endpoint) throw notFound('The webhook');
  const delivery = await deps.deliveries.get(webhookId, deliveryId);
  if (!delivery) throw notFound('The delivery');
  if (!endpoint.enabled) throw conflict('The webhook is disabled; turn it on (PATCH enabled: true) before retrying a delivery.');
  await spendCall(
    deps.limiter,
    { scope: 'webhook-retry', subject: owner.kind === 'customer' ? owner.userId : 'platform', limit: WEBHOOK_CALL_LIMITS.retriesPerWindow, windowSeconds: WEBHOOK_CALL_LIMITS.windowSeconds },
    owner.kind === 'customer' ? 'delivery retries by this customer' : 'delivery retries of platform endpoints',
  );
  await deps.deliveryQueue.send(JSON.stringify(deliveryMessageOf(owner, webhookId, delivery.event, delivery, true)));
  return { deliveryId, eventId: delivery.event.id };
};
