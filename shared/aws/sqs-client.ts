import { jsonServiceSettings } from './clients';
import { sqsApi, type SqsApi } from './sqs/sqs-api';

let sqs: SqsApi | undefined;
/**
 * SQS through the light client (./sqs/sqs-api.ts), in its own module: shared/aws/clients.ts is imported by
 * every function for DynamoDB, and only the webhook and queue functions send to SQS.
 */
export const sqsClient = (): SqsApi => (sqs ??= sqsApi(jsonServiceSettings('SQS')));
