import type { DomainEvent } from '../events/domain-event';
import { eventCatalogue } from '../events/event-catalogue';
import { logger } from '../logging/logger';
import type { QueuePort } from '../queues/queue-port';
import { type DeliveryMessage, deliveryMessageOf } from './delivery-message';
import { endpointWantsEvent, type WebhookOwner } from './webhook-endpoint';
import type { WebhookDeliveryStore } from './webhook-delivery-store';
import type { WebhookEndpointStore } from './webhook-endpoint-store';

export interface FanOutDeps {
  endpoints: Pick<WebhookEndpointStore, 'listEnabledEndpointsFor'>;
  deliveries: Pick<WebhookDeliveryStore, 'assignAll'>;
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
 * The fan-out (DESIGN section 7) of one owner's events, in their order: one delivery message per enabled
 * endpoint of the owner subscribed to an event's type; `webhook.test` goes to the one endpoint it names,
 * whatever it subscribes to. The owner's endpoints are read once for all the events, and every delivery is
 * numbered at once (WebhookDeliveryStore.assignAll: one transaction for the lot), an endpoint's earlier event
 * taking the lower number. A delivery is numbered once, so a redelivered fan-out message sends the same
 * numbers again, and receivers drop the repeats by `webhook-id`. Answers each event's messages, to be sent.
 */
export const fanOutEvents = async (deps: Omit<FanOutDeps, 'deliveryQueue'>, owner: WebhookOwner, events: readonly DomainEvent[]): Promise<DeliveryMessage[][]> => {
  if (!events.length) return [];
  const endpoints = await deps.endpoints.listEnabledEndpointsFor(owner);
  const deliveries = events.map((event) => ({
    event: { id: event.id, type: event.type, occurredAt: event.occurredAt, detail: event.detail as Record<string, unknown> },
    targets:
      event.type === 'webhook.test'
        ? endpoints.filter((endpoint) => endpoint.enabled && endpoint.id === (event.detail as { webhookId: string }).webhookId)
        : endpoints.filter((endpoint) => endpointWantsEvent(endpoint, event.type)),
  }));
  const entries = deliveries.flatMap(({ event, targets }) => targets.map((endpoint) => ({ endpointId: endpoint.id, event })));
  const orders = entries.length ? await deps.deliveries.assignAll(entries, deps.now()) : [];
  let next = 0;
  return deliveries.map(({ event, targets }) => {
    const messages = targets.map((endpoint) => deliveryMessageOf(owner, endpoint.id, event, orders[next++]!));
    if (messages.length) logger.info('webhook event fanned out', { eventId: event.id, eventType: event.type, deliveries: messages.length });
    return messages;
  });
};

/** One event's fan-out, its messages sent: fanOutEvents for an event alone. */
export const fanOutEvent = async (deps: FanOutDeps, event: DomainEvent): Promise<{ deliveries: number }> => {
  const [messages = []] = await fanOutEvents(deps, ownerOfEvent(event), [event]);
  await Promise.all(messages.map((message) => deps.deliveryQueue.send(JSON.stringify(message))));
  return { deliveries: messages.length };
};
