import { SQSClient } from '@aws-sdk/client-sqs';
import { clientConfig } from './clients';

let sqs: SQSClient | undefined;
/**
 * SQS, in its own module: shared/aws/clients.ts is imported by every function for DynamoDB, and an SDK
 * client there landed in a chunk every route of a split HTTP function loads (issue 21's bench).
 */
export const sqsClient = (): SQSClient => (sqs ??= new SQSClient(clientConfig('SQS')));
