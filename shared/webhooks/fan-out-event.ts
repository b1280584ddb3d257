import type { DomainEvent } from '../events/domain-event';
import { eventCatalogue } from '../events/event-catalogue';
import { logger } from '../logging/logger';
import type { QueuePort } from '../queues/queue-port';
import { deliveryMessageOf } from './delivery-message';
import { endpointWantsEvent, type WebhookOwner } from './webhook-endpoint';
import type { WebhookDeliveryStore } from './webhook-delivery-store';
import type { WebhookEndpointStore } from './webhook-endpoint-store';

export interface FanOutDeps {
  endpoints: Pick<WebhookEndpointStore, 'listEnabledEndpointsFor'>;
  deliveries: Pick<WebhookDeliveryStore, 'assign'>;
  /** The delivery queue. */
  deliveryQueue: Pick<QueuePort, 'send'>;
  now: () => Date;
}

/**
 * Whose endpoints receive an event: a customer event goes to its `userId`'s endpoints, a platform event to
 * the administrators' (the catalogue's audience decides; every customer event carries `userId`).
 */
export const ownerOfEvent = (event: Pick<DomainEvent, 'type' | 'detail'>): WebhookOwner =>
  eventCatalogue[event.type].audience === 'customer' ? { kind: 'customer', userId: String((event.detail as { userId: string }).userId) } : { kind: 'platform' };

/**
 * The fan-out (DESIGN section 7): one delivery message per enabled endpoint of the owner subscribed to the
 * event's type; `webhook.test` goes to the one endpoint it names, whatever it subscribes to. Each endpoint
 * gives the event its next sequence number first (once per event, so a redelivered fan-out message sends
 * the same numbers again, and receivers drop the repeats by `webhook-id`).
 */
export const fanOutEvent = async (deps: FanOutDeps, event: DomainEvent): Promise<{ deliveries: number }> => {
  const owner = ownerOfEvent(event);
  const endpoints = await deps.endpoints.listEnabledEndpointsFor(owner);
  const targets =
    event.type === 'webhook.test'
      ? endpoints.filter((endpoint) => endpoint.enabled && endpoint.id === (event.detail as { webhookId: string }).webhookId)
      : endpoints.filter((endpoint) => endpointWantsEvent(endpoint, event.type));
  const now = deps.now();
  const delivered = { id: event.id, type: event.type, occurredAt: event.occurredAt, detail: event.detail as Record<string, unknown> };
  await Promise.all(
    targets.map(async (endpoint) => {
      const order = await deps.deliveries.assign(endpoint.id, delivered, now);
      await deps.deliveryQueue.send(JSON.stringify(deliveryMessageOf(owner, endpoint.id, delivered, order)));
    }),
  );
  if (targets.length) logger.info('webhook event fanned out', { eventId: event.id, eventType: event.type, deliveries: targets.length });
  return { deliveries: targets.length };
};
