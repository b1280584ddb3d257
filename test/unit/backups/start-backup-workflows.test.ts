import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { startFromRecord } from '../../../functions/backups/start-backup-workflows';
import { backupWorkflowInput, restoreWorkflowInput } from '../../../shared/backups/workflow-inputs';

const record = (eventName: 'INSERT' | 'MODIFY', item: Record<string, unknown>): DynamoDBRecord =>
  ({ eventName, dynamodb: { NewImage: marshall(item, { removeUndefinedValues: true }) } }) as unknown as DynamoDBRecord;

const started: { workflow: string; name: string; input: unknown }[] = [];
const starter = () => ({ start: async (workflow: string, name: string, input: Record<string, unknown>) => void started.push({ workflow, name, input }) });
const consume = startFromRecord(starter as never);
const base = { type: 'Backup', id: 'B1', instanceId: 'I1', subscriptionId: 'S1', status: 'RUNNING' };

describe('backup workflows started from the table stream', () => {
  it('starts a new backup’s workflow under its id with the very input the request gives it', async () => {
    started.length = 0;
    await consume(record('INSERT', { ...base, kind: 'manual' }));
    expect(started).toEqual([{ workflow: 'backup-instance', name: 'B1', input: backupWorkflowInput({ id: 'B1', instanceId: 'I1', subscriptionId: 'S1' }) }]);
  });

  it('starts the restore a safety backup makes way for, and nothing for a safety backup without one', async () => {
    started.length = 0;
    const restoreOf = { backupId: 'B0', sourceSubscriptionId: 'S0' };
    await consume(record('INSERT', { ...base, kind: 'safety', restoreOf }));
    await consume(record('INSERT', { ...base, id: 'B2', kind: 'safety' }));
    expect(started).toEqual([{ workflow: 'restore-instance', name: 'B1', input: restoreWorkflowInput({ id: 'B1', instanceId: 'I1', subscriptionId: 'S1' }, restoreOf) }]);
  });

  it('ignores a finished backup and a modification', async () => {
    started.length = 0;
    await consume(record('INSERT', { ...base, kind: 'manual', status: 'COMPLETED' }));
    await consume(record('MODIFY', { ...base, kind: 'manual' }));
    expect(started).toEqual([]);
  });
});
