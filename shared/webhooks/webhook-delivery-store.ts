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
  /**
   * The same for several deliveries at once (a fan-out batch's, one owner's): numbered in the order given, so
   * an endpoint's earlier entry gets the lower number; one transaction for up to 100 records and counters.
   * Answers the orders in the order given.
   */
  assignAll(entries: readonly { endpointId: string; event: DeliveryMessage['event'] }[], now: Date): Promise<DeliveryOrder[]>;
  get(endpointId: string, deliveryId: string): Promise<StoredDelivery | undefined>;
  /** Counts one more attempt and answers its number; undefined when the record has aged out. */
  countAttempt(endpointId: string, deliveryId: string, now: Date): Promise<number | undefined>;
  /**
   * Claims the next automatic attempt for one queue message (`holder`: its SQS message id) and counts it, so
   * two copies of a delivery (a fan-out or an outbox forwarder that ran twice) never both send: refused when
   * the delivery is done, or while another message holds it (it carries the delivery on). The holder keeps
   * its claim from attempt to attempt; another message may take it over once `holdSeconds` have passed.
   * Claiming again for the same receive (`receive`: the message's receive count) is the same claim, so an
   * SDK retry of a claim that did land counts nothing twice.
   */
  claimAttempt(endpointId: string, deliveryId: string, claim: { holder: string; receive: number; now: Date; holdSeconds: number }): Promise<AttemptClaim>;
  /** Ends a claim: `delivered` marks the delivery done (later copies are dropped); `released` lets a redriven copy take it. */
  endClaim(endpointId: string, deliveryId: string, holder: string, outcome: 'delivered' | 'released', now: Date): Promise<void>;
}

export type AttemptClaim =
  | { kind: 'claimed'; attempt: number }
  | { kind: 'delivered' }
  | { kind: 'held-elsewhere' }
  /** The record has aged out (or never was): nothing to claim, the attempt goes ahead as before claims. */
  | { kind: 'missing' };
