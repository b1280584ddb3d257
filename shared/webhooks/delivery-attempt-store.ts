import type { Page } from '../catalog/service-store';
import type { DeliveryAttempt, NewDeliveryAttempt } from './delivery-attempt';

/**
 * The delivery log's storage port; the DynamoDB adapter is dynamo-delivery-attempt-store.ts. Attempts are
 * kept per endpoint, newest first, and age out by TTL.
 */
export interface DeliveryAttemptStore {
  /** Called by the delivery after every attempt, whatever its outcome. */
  recordAttempt(attempt: NewDeliveryAttempt): Promise<DeliveryAttempt>;
  /** Newest first. The caller has already checked the endpoint belongs to whoever asks. */
  listForEndpoint(endpointId: string, page: { limit: number; cursor?: string }): Promise<Page<DeliveryAttempt>>;
}
