import type { Page } from '../catalog/service-store';
import type { EventType } from '../events/event-catalogue';
import type { EndpointHealth } from './endpoint-health';
import type { WebhookEndpoint, WebhookOwner } from './webhook-endpoint';
import type { WebhookSecrets } from './webhook-secret';

/** An endpoint as the delivery needs it: the public view, its owner, its secrets, its health and its item version. */
export interface DeliverableWebhookEndpoint extends WebhookEndpoint, WebhookSecrets {
  owner: WebhookOwner;
  version: number;
  health: EndpointHealth;
}

export interface WebhookEndpointChanges {
  url?: string;
  eventTypes?: EventType[];
  /** An empty string removes the description. */
  description?: string;
  /** Turning an endpoint back on clears the reason the platform disabled it for. */
  enabled?: boolean;
}

/**
 * Webhook endpoints' storage port; the DynamoDB adapter is dynamo-webhook-endpoint-store.ts. Every lookup is
 * under the owner's partition, so another owner's id is not found. Only `getEndpointForDelivery` returns
 * secrets.
 */
export interface WebhookEndpointStore {
  create(owner: WebhookOwner, endpoint: WebhookEndpoint, secret: string): Promise<void>;
  get(owner: WebhookOwner, id: string): Promise<WebhookEndpoint | undefined>;
  /** The owner's endpoints, newest first. */
  list(owner: WebhookOwner, page: { limit: number; cursor?: string }): Promise<Page<WebhookEndpoint>>;
  /** Fails with `not-found` for an unknown id. */
  update(owner: WebhookOwner, id: string, changes: WebhookEndpointChanges, now: string): Promise<WebhookEndpoint>;
  /**
   * Fails with `not-found` for an unknown id. Its sequence counter goes with it; its delivery log is left to
   * its TTL (unreachable without the endpoint).
   */
  delete(owner: WebhookOwner, id: string): Promise<void>;

  /** For the delivery (and rotation): the endpoint with its secrets, previous ones already expired left out. */
  getEndpointForDelivery(owner: WebhookOwner, id: string, now?: Date): Promise<DeliverableWebhookEndpoint | undefined>;
  /**
   * The same for several endpoints in one consistent BatchGetItem (a delivery batch's: batch-endpoint-reads.ts),
   * in the order asked, undefined where there is none.
   */
  getEndpointsForDelivery(wanted: readonly { owner: WebhookOwner; id: string }[], now?: Date): Promise<(DeliverableWebhookEndpoint | undefined)[]>;
  /** Every enabled endpoint of an owner (the fan-out), one Query on the owner's partition; no secrets. */
  listEnabledEndpointsFor(owner: WebhookOwner): Promise<WebhookEndpoint[]>;
  /** Replaces the secrets if the endpoint is still at `expectedVersion`; `conflict` otherwise, `not-found` if gone. */
  replaceSecrets(owner: WebhookOwner, id: string, secrets: WebhookSecrets, expectedVersion: number, now: string): Promise<void>;
  /** The delivery stops sending to it (e.g. the receiver answered 410 Gone); the owner can turn it back on. */
  disable(owner: WebhookOwner, id: string, reason: string, now: string): Promise<void>;
}
