import { jsonServiceSettings } from './clients';
import { eventBridgeApi, type EventBridgeApi } from './eventbridge/eventbridge-api';

let eventBridge: EventBridgeApi | undefined;
/**
 * EventBridge through the light client (./eventbridge/eventbridge-api.ts), in its own module: shared/aws/clients.ts
 * is imported by every function for DynamoDB, and only the outbox forwarder and the node status consumer put events.
 */
export const eventBridgeClient = (): EventBridgeApi => (eventBridge ??= eventBridgeApi(jsonServiceSettings('EVENTBRIDGE')));
