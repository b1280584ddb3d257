import type { Page } from '../catalog/service-store';
import type { DeliveryAttempt, NewDeliveryAttempt } from './delivery-attempt';
import type { WebhookOwner } from './webhook-endpoint';

/** A claim ended with the attempt that held it: `delivered` marks the delivery done, `released` frees it. */
export interface EndedClaim {
  holder: string;
  outcome: 'delivered' | 'released';
}

/**
 * The delivery log's storage port; the DynamoDB adapter is dynamo-delivery-attempt-store.ts. Attempts are
 * kept per endpoint, newest first, and age out by TTL.
 */
export interface DeliveryAttemptStore {
  /**
   * Called by the delivery after every attempt, whatever its outcome, as one write with what goes with it:
   * `endClaim`, the message's claim on the delivery ending (WebhookDeliveryStore.endClaim); `touch`, the
   * endpoint's lastSuccessAt refreshed (the health change `touch`, endpoint-health.ts). Neither keeps the
   * attempt from its log: a claim with nothing left to end (the record aged out, or another message holds it
   * now) is left out, and so is a touch the endpoint no longer takes (gone, failing) or another delivery
   * is making at the same moment.
   */
  recordAttempt(attempt: NewDeliveryAttempt, also?: { endClaim?: EndedClaim; touch?: WebhookOwner }): Promise<DeliveryAttempt>;
  /** Newest first. The caller has already checked the endpoint belongs to whoever asks. */
  listForEndpoint(endpointId: string, page: { limit: number; cursor?: string }): Promise<Page<DeliveryAttempt>>;
}
