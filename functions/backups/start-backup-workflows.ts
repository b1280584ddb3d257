import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamHandler } from 'aws-lambda';
import { sfnClient } from '../../shared/aws/sfn-client';
import { backupWorkflowInput, restoreWorkflowInput, type RestoreOf } from '../../shared/backups/workflow-inputs';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { handleInOrder } from '../../shared/events/stream-in-order';
import { logger } from '../../shared/logging/logger';
import { stepFunctionsStarter } from '../../shared/subscriptions/step-functions-starter';
import { stateMachineArns } from '../../shared/subscriptions/workflow-starter';
import type { WorkflowStarter } from '../../shared/subscriptions/workflow-starter';

const defaultStarter = once((): WorkflowStarter => stepFunctionsStarter(sfnClient(), stateMachineArns(loadConfig(functionEnvironmentSchema))));

interface BackupItem {
  id?: string;
  instanceId?: string;
  subscriptionId?: string;
  kind?: string;
  status?: string;
  restoreOf?: RestoreOf;
}

/**
 * A new RUNNING backup in the table's stream (stream-consumers.ts filters them): its workflow is started
 * from the committed record, the backup's own, or for a restore's safety backup the restore's. The request
 * started it already unless it died between its write and its start; either way the execution, named after
 * the backup with the same input, runs once.
 */
export const startFromRecord = (workflows: () => WorkflowStarter) => async (record: DynamoDBRecord) => {
  if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) return;
  const item = unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>) as BackupItem;
  if (item.status !== 'RUNNING' || !item.id || !item.instanceId || !item.subscriptionId) return;
  // A pre-upgrade backup is the upgrade workflow's to take (functions/upgrades/start-upgrade-workflows.ts).
  if (item.kind === 'pre-upgrade') return;
  const backup = { id: item.id, instanceId: item.instanceId, subscriptionId: item.subscriptionId };
  if (item.kind === 'safety') {
    if (!item.restoreOf) return;
    await workflows().start('restore-instance', backup.id, restoreWorkflowInput(backup, item.restoreOf));
  } else {
    await workflows().start('backup-instance', backup.id, backupWorkflowInput(backup));
  }
  logger.info('backup workflow started from the stream', { backupId: backup.id, kind: item.kind });
};

/** The local runtime hands every stream consumer its bus; this one publishes nothing, so it takes a starter only. */
export const createHandler =
  (_publisher?: unknown, workflows: () => WorkflowStarter = defaultStarter): DynamoDBStreamHandler =>
  async (event) =>
    handleInOrder('start-backup-workflows', event.Records, startFromRecord(workflows));

export const handler = createHandler();
