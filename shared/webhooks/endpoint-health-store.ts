import type { DomainEvent } from '../events/domain-event';
import type { HealthChange } from './endpoint-health';
import type { WebhookOwner } from './webhook-endpoint';

/**
 * Moves an endpoint's health (endpoint-health.ts) with a conditional write on the endpoint item, committed
 * with its events through the outbox; the DynamoDB adapter is dynamo-endpoint-health-store.ts. Answers false
 * when the condition no longer held (another delivery moved it first, or the endpoint is gone): nothing
 * was written and no event published.
 */
export interface EndpointHealthStore {
  apply(owner: WebhookOwner, endpointId: string, change: Exclude<HealthChange, { kind: 'none' }>, now: Date, events: readonly DomainEvent[]): Promise<boolean>;
}
