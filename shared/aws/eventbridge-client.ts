import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { clientConfig } from './clients';

let eventBridge: EventBridgeClient | undefined;
/**
 * EventBridge, in its own module: shared/aws/clients.ts is imported by every function for DynamoDB, and an SDK
 * client there landed in a chunk every route of a split HTTP function loads (issue 21's bench).
 */
export const eventBridgeClient = (): EventBridgeClient => (eventBridge ??= new EventBridgeClient(clientConfig('EVENTBRIDGE')));
