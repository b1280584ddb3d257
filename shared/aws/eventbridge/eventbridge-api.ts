import type * as EventBridge from '@aws-sdk/client-eventbridge';
import { jsonApi } from '../json-protocol/json-api';
import type { JsonServiceSettings } from '../json-protocol/json-service-client';

const EVENTBRIDGE = { service: 'events', target: 'AWSEvents', jsonVersion: '1.1' } as const;

/** One entry of PutEvents as it travels: the SDK's, with `Time` in epoch seconds (the protocol's timestamps). */
export type PutEventsEntry = Omit<EventBridge.PutEventsRequestEntry, 'Time'> & { Time?: number };

export interface EventBridgeApi {
  PutEvents(input: { Entries: PutEventsEntry[] }): Promise<EventBridge.PutEventsResponse>;
}

/**
 * EventBridge's PutEvents through the light JSON-protocol client: the outbox forwarder and the node status
 * consumer put events and nothing else, and the AWS SDK's client cost each of their cold starts tens of
 * milliseconds to load (issue 21).
 */
export const eventBridgeApi = (settings: JsonServiceSettings): EventBridgeApi & { destroy(): void } =>
  jsonApi<EventBridgeApi>(EVENTBRIDGE, settings, ['PutEvents']);
