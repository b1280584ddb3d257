import type { DeliveryMessage } from './delivery-message';

/** One event's delivery to one endpoint, as the fan-out recorded it: what the retry route re-sends. */
export interface StoredDelivery {
  endpointId: string;
  /** The delivery's id is its event's id (`webhook-id`): one delivery per event and endpoint. */
  deliveryId: string;
  event: DeliveryMessage['event'];
  sequence: number;
  previousEventId?: string;
  /** Attempts made so far, over every run (automatic, redriven, retried by hand). */
  attempts: number;
}

/** The order the fan-out gave an event for one endpoint. */
export interface DeliveryOrder {
  sequence: number;
  previousEventId?: string;
}

/**
 * Deliveries' storage port; the DynamoDB adapter is dynamo-webhook-delivery-store.ts. Records live in the
 * endpoint's log partition beside its attempts and age out with them.
 */
export interface WebhookDeliveryStore {
  /**
   * Gives the event the endpoint's next sequence number and remembers the previous event's id, once: called
   * again for the same event (a redelivered fan-out message) it answers the order given the first time.
   */
  assign(endpointId: string, event: DeliveryMessage['event'], now: Date): Promise<DeliveryOrder>;
  get(endpointId: string, deliveryId: string): Promise<StoredDelivery | undefined>;
  /** Counts one more attempt and answers its number; undefined when the record has aged out. */
  countAttempt(endpointId: string, deliveryId: string, now: Date): Promise<number | undefined>;
}
