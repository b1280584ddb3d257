import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamHandler } from 'aws-lambda';
import { sfnClient } from '../../shared/aws/sfn-client';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { handleInOrder } from '../../shared/events/stream-in-order';
import { logger } from '../../shared/logging/logger';
import { resizeWorkflowInput } from '../../shared/plan-changes/workflow-input';
import { stepFunctionsStarter } from '../../shared/subscriptions/step-functions-starter';
import { stateMachineArns } from '../../shared/subscriptions/workflow-starter';
import type { WorkflowStarter } from '../../shared/subscriptions/workflow-starter';

const defaultStarter = once((): WorkflowStarter => stepFunctionsStarter(sfnClient(), stateMachineArns(loadConfig(functionEnvironmentSchema))));

interface InstanceItem {
  id?: string;
  subscriptionId?: string;
  status?: string;
  planChange?: { id?: string };
}

const imageOf = (image: unknown) => (image ? (unmarshall(image as Record<string, AttributeValue>) as InstanceItem) : undefined);

/**
 * An instance that has just moved to RESIZING with a plan change (stream-consumers.ts filters them): its
 * workflow is started from the committed record. The route started it already unless it died between its
 * write and its start; either way the execution, named after the change with the same input, runs once.
 */
export const startFromRecord = (workflows: () => WorkflowStarter) => async (record: DynamoDBRecord) => {
  if (record.eventName !== 'MODIFY') return;
  const item = imageOf(record.dynamodb?.NewImage);
  const before = imageOf(record.dynamodb?.OldImage);
  const changeId = item?.planChange?.id;
  if (item?.status !== 'RESIZING' || !changeId || !item.id || !item.subscriptionId) return;
  // Steps recorded while it resizes modify the item too: only the move into this change starts anything.
  if (before?.status === 'RESIZING' && before.planChange?.id === changeId) return;
  await workflows().start('resize-instance', changeId, resizeWorkflowInput({ id: item.id, subscriptionId: item.subscriptionId }, changeId));
  logger.info('resize workflow started from the stream', { instanceId: item.id, planChangeId: changeId });
};

/** The local runtime hands every stream consumer its bus; this one publishes nothing, so it takes a starter only. */
export const createHandler =
  (_publisher?: unknown, workflows: () => WorkflowStarter = defaultStarter): DynamoDBStreamHandler =>
  async (event) =>
    handleInOrder('start-resize-workflows', event.Records, startFromRecord(workflows));

export const handler = createHandler();
