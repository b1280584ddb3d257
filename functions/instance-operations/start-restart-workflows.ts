import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamHandler } from 'aws-lambda';
import { sfnClient } from '../../shared/aws/sfn-client';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { handleInOrder } from '../../shared/events/stream-in-order';
import { restartWorkflowInput } from '../../shared/instance-operations/restart';
import { logger } from '../../shared/logging/logger';
import { stepFunctionsStarter } from '../../shared/subscriptions/step-functions-starter';
import { stateMachineArns } from '../../shared/subscriptions/workflow-starter';
import type { WorkflowStarter } from '../../shared/subscriptions/workflow-starter';

const defaultStarter = once((): WorkflowStarter => stepFunctionsStarter(sfnClient(), stateMachineArns(loadConfig(functionEnvironmentSchema))));

/**
 * A new restart record in the table's stream (stream-consumers.ts filters them): its workflow is started from
 * the committed record. The route started it already unless it died between its write and its start; either
 * way the execution, named after the restart with the same input, runs once.
 */
export const startFromRecord = (workflows: () => WorkflowStarter) => async (record: DynamoDBRecord) => {
  if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) return;
  const item = unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>) as Record<string, unknown>;
  const [id, instanceId, subscriptionId, requestedAt] = [item.id, item.instanceId, item.subscriptionId, item.requestedAt];
  if (typeof id !== 'string' || typeof instanceId !== 'string' || typeof subscriptionId !== 'string' || typeof requestedAt !== 'string') return;
  await workflows().start('restart-instance', id, restartWorkflowInput({ id, instanceId, subscriptionId, requestedAt }));
  logger.info('restart workflow started from the stream', { restartId: id, instanceId });
};

/** The local runtime hands every stream consumer its bus; this one publishes nothing, so it takes a starter only. */
export const createHandler =
  (_publisher?: unknown, workflows: () => WorkflowStarter = defaultStarter): DynamoDBStreamHandler =>
  async (event) =>
    handleInOrder('start-restart-workflows', event.Records, startFromRecord(workflows));

export const handler = createHandler();
