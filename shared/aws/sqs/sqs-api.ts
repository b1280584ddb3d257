import type * as Sqs from '@aws-sdk/client-sqs';
import { jsonApi } from '../json-protocol/json-api';
import type { JsonServiceSettings } from '../json-protocol/json-service-client';

const SQS = { service: 'sqs', target: 'AmazonSQS', jsonVersion: '1.0' } as const;

/**
 * The SQS operations the functions call, over SQS's JSON protocol: the webhook queue's sends and retries, and
 * the administrators' queue depths and redrive. The inputs and outputs are the AWS SDK's shapes (types only),
 * which are the wire's, except that a binary message attribute travels as base64 text (the redrive passes
 * it from ReceiveMessage to SendMessageBatch as it came). A ReceiveMessage long poll must end within the
 * client's request timeout (shared/aws/clients.ts AWS_TIMEOUTS, 2.5 s): the redrive waits 1 s.
 */
export interface SqsApi {
  SendMessage(input: Sqs.SendMessageRequest): Promise<Sqs.SendMessageResult>;
  SendMessageBatch(input: Sqs.SendMessageBatchRequest): Promise<Sqs.SendMessageBatchResult>;
  ChangeMessageVisibility(input: Sqs.ChangeMessageVisibilityRequest): Promise<unknown>;
  GetQueueAttributes(input: Sqs.GetQueueAttributesRequest): Promise<Sqs.GetQueueAttributesResult>;
  ReceiveMessage(input: Sqs.ReceiveMessageRequest): Promise<Sqs.ReceiveMessageResult>;
  DeleteMessageBatch(input: Sqs.DeleteMessageBatchRequest): Promise<Sqs.DeleteMessageBatchResult>;
}

/**
 * SQS through the light JSON-protocol client: the AWS SDK's SQS client cost the webhook consumers and the
 * platform watch tens of milliseconds of every cold start to load (issue 21).
 */
export const sqsApi = (settings: JsonServiceSettings): SqsApi & { destroy(): void } =>
  jsonApi<SqsApi>(SQS, settings, ['SendMessage', 'SendMessageBatch', 'ChangeMessageVisibility', 'GetQueueAttributes', 'ReceiveMessage', 'DeleteMessageBatch']);
