import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { startFromRecord } from '../../../functions/plan-changes/start-resize-workflows';
import type { WorkflowStarter } from '../../../shared/subscriptions/workflow-starter';

const change = { id: '01JD7Y7Q00000000000000PC01', fromPlanId: 'starter', toPlanId: 'pro' };
const item = (status: string, planChange?: object) => ({ type: 'Instance', id: '01JD7Y7Q00000000000000IN01', subscriptionId: '01JD7Y7Q00000000000000SB01', status, ...(planChange && { planChange }) });
const record = (before: object, after: object, eventName: 'MODIFY' | 'INSERT' = 'MODIFY') =>
  ({ eventName, dynamodb: { OldImage: marshall(before), NewImage: marshall(after) } }) as unknown as DynamoDBRecord;

const starts = async (r: DynamoDBRecord) => {
  const started: unknown[][] = [];
  const starter: WorkflowStarter = { start: async (...args) => void started.push(args) };
  await startFromRecord(() => starter)(r);
  return started;
};

describe('the resize workflow started from the committed record', () => {
  it('a move into RESIZING starts resize-instance, named after the plan change, with the input the route gives', async () => {
    expect(await starts(record(item('RUNNING'), item('RESIZING', change)))).toEqual([
      ['resize-instance', change.id, { instanceId: '01JD7Y7Q00000000000000IN01', subscriptionId: '01JD7Y7Q00000000000000SB01', planChangeId: change.id }],
    ]);
  });

  it('a step recorded while it resizes, an instance leaving RESIZING, or one without a change starts nothing', async () => {
    expect(await starts(record(item('RESIZING', change), item('RESIZING', change)))).toEqual([]);
    expect(await starts(record(item('RESIZING', change), item('RUNNING')))).toEqual([]);
    expect(await starts(record(item('RUNNING'), item('RESIZING')))).toEqual([]);
  });
});
