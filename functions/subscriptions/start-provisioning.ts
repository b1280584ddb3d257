import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamHandler } from 'aws-lambda';
import { sfnClient } from '../../shared/aws/sfn-client';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { handleInOrder } from '../../shared/events/stream-in-order';
import { logger } from '../../shared/logging/logger';
import { startProvisioning } from '../../shared/subscriptions/start-provisioning';
import { stepFunctionsStarter } from '../../shared/subscriptions/step-functions-starter';
import { stateMachineArns } from '../../shared/subscriptions/workflow-starter';
import type { WorkflowStarter } from '../../shared/subscriptions/workflow-starter';

const defaultStarter = once((): WorkflowStarter => {
  const env = loadConfig(functionEnvironmentSchema);
  return stepFunctionsStarter(sfnClient(), stateMachineArns(env));
});

/**
 * A new instance in the table's stream (stream-consumers.ts filters INSERTs of PROVISIONING instances):
 * its provisioning workflow is started from the committed record. The create route started it already
 * unless it died between its write and its start; either way the execution, named after the instance with
 * the same input, runs once.
 */
export const startFromRecord = (workflows: () => WorkflowStarter) => async (record: DynamoDBRecord) => {
  if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) return;
  const item = unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>) as { id?: string; template?: string; status?: string };
  if (item.status !== 'PROVISIONING' || !item.id || !item.template) return;
  await startProvisioning(workflows(), { id: item.id, template: item.template });
  logger.info('provisioning started from the stream', { instanceId: item.id });
};

/** The local runtime hands every stream consumer its bus; this one publishes nothing, so it takes a starter only. */
export const createHandler =
  (_publisher?: unknown, workflows: () => WorkflowStarter = defaultStarter): DynamoDBStreamHandler =>
  async (event) =>
    handleInOrder('start-provisioning', event.Records, startFromRecord(workflows));

export const handler = createHandler();
