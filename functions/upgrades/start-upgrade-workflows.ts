import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamHandler } from 'aws-lambda';
import { sfnClient } from '../../shared/aws/sfn-client';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { handleInOrder } from '../../shared/events/stream-in-order';
import { logger } from '../../shared/logging/logger';
import { stepFunctionsStarter } from '../../shared/subscriptions/step-functions-starter';
import { stateMachineArns } from '../../shared/subscriptions/workflow-starter';
import type { WorkflowStarter } from '../../shared/subscriptions/workflow-starter';
import { upgradeWorkflowInput, type UpgradeOf } from '../../shared/upgrades/upgrade';

const defaultStarter = once((): WorkflowStarter => stepFunctionsStarter(sfnClient(), stateMachineArns(loadConfig(functionEnvironmentSchema))));

/**
 * A new RUNNING pre-upgrade backup in the table's stream (stream-consumers.ts filters them): the upgrade it
 * was taken for is started from the committed record. The request started it already unless it died between
 * its write and its start; either way the execution, named after the backup with the same input, runs once.
 */
export const startFromRecord = (workflows: () => WorkflowStarter) => async (record: DynamoDBRecord) => {
  if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) return;
  const item = unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>) as { id?: string; instanceId?: string; subscriptionId?: string; status?: string; upgradeOf?: UpgradeOf };
  if (item.status !== 'RUNNING' || !item.id || !item.instanceId || !item.subscriptionId || !item.upgradeOf) return;
  await workflows().start('upgrade-instance', item.id, upgradeWorkflowInput({ id: item.id, instanceId: item.instanceId, subscriptionId: item.subscriptionId }, item.upgradeOf));
  logger.info('upgrade workflow started from the stream', { upgradeId: item.id });
};

/** The local runtime hands every stream consumer its bus; this one publishes nothing, so it takes a starter only. */
export const createHandler =
  (_publisher?: unknown, workflows: () => WorkflowStarter = defaultStarter): DynamoDBStreamHandler =>
  async (event) =>
    handleInOrder('start-upgrade-workflows', event.Records, startFromRecord(workflows));

export const handler = createHandler();
