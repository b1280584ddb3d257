import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { AttributeType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import type { QueueDefinition } from '../../functions/queues';
import type { ScheduleDefinition } from '../../functions/schedules';
import { HandlerFunctions } from '../../infra/aws/constructs/handler-functions';
import { consumerTimeout, PlatformQueues } from '../../infra/aws/constructs/queues';
import { PlatformSchedules } from '../../infra/aws/constructs/schedules';
import { resourcesOf, templateOf, testApp } from '../support/synth-platform-stack';

// The real queue and schedule tables are still empty; these rows prove the constructs for the day they are not.
const queueRow: QueueDefinition = { name: 'webhook-delivery', handler: 'health/get-health', visibilityTimeoutSeconds: 180, maxReceiveCount: 5, batchSize: 10 };
const cappedRow: QueueDefinition = { name: 'webhook-fan-out', handler: 'catalog/list-services', visibilityTimeoutSeconds: 60, maxReceiveCount: 5, batchSize: 10, maxConcurrency: 2 };
const scheduleRow: ScheduleDefinition = { name: 'health-monitor', expression: 'rate(1 minute)', handler: 'openapi/get-openapi', description: 'Marks silent nodes unhealthy' };

const synth = () => {
  const stack = new Stack(testApp(), 'Rows');
  const table = new TableV2(stack, 'Table', { partitionKey: { name: 'PK', type: AttributeType.STRING } });
  const bus = new EventBus(stack, 'Bus');
  const functions = new HandlerFunctions(stack, 'Functions', {
    table,
    bus,
    customerTokenKey: new Key(stack, 'TokenKey', { keySpec: KeySpec.ECC_NIST_P256, keyUsage: KeyUsage.SIGN_VERIFY }),
    environment: { TABLE_NAME: table.tableName, EVENT_BUS_NAME: bus.eventBusName },
    logRetention: RetentionDays.ONE_WEEK,
    logRemovalPolicy: RemovalPolicy.DESTROY,
  });
  new PlatformQueues(stack, 'Queues', { queues: [queueRow, cappedRow], functions });
  new PlatformSchedules(stack, 'Schedules', { schedules: [scheduleRow], functions });
  return templateOf(stack);
};

const template = synth();
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
const functionIdOf = (handler: string) =>
  resourcesOf(template, 'AWS::Lambda::Function').find(([, fn]) => fn.Properties!.Description === `functions/${handler}`)![0];

describe('a queue row', () => {
  const queues = resourcesOf(template, 'AWS::SQS::Queue');
  const [queueId, queue] = queues.find(([, q]) => q.Properties?.VisibilityTimeout === queueRow.visibilityTimeoutSeconds)!;
  const [dlqId, dlq] = queues.find(([id]) => JSON.stringify(queue.Properties?.RedrivePolicy).includes(`"${id}"`))!;

  it('becomes a queue whose DLQ takes a message after maxReceiveCount receives', () => {
    expect(queues).toHaveLength(4);
    expect(queue.Properties).toMatchObject({
      VisibilityTimeout: queueRow.visibilityTimeoutSeconds,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] }, maxReceiveCount: queueRow.maxReceiveCount },
    });
    expect(dlq.Properties!.MessageRetentionPeriod).toBe(Duration.days(14).toSeconds());
  });

  it('encrypts both queues and refuses requests without TLS', () => {
    for (const id of [queueId, dlqId]) {
      expect(resources[id]!.Properties.SqsManagedSseEnabled).toBe(true);
      template.hasResourceProperties('AWS::SQS::QueuePolicy', { Queues: [{ Ref: id }] });
    }
  });

  it('feeds its handler with partial batch failures, within a timeout its visibility allows', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
      FunctionName: { Ref: functionIdOf(queueRow.handler) },
      BatchSize: queueRow.batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(resources[functionIdOf(queueRow.handler)]!.Properties.Timeout * 6).toBeLessThanOrEqual(queueRow.visibilityTimeoutSeconds);
  });

  it('caps its consumer’s concurrency at the row’s maxConcurrency, and leaves a row without one to scale', () => {
    const mappings = resourcesOf(template, 'AWS::Lambda::EventSourceMapping').map(([, mapping]) => mapping.Properties!);
    const of = (handler: string) => mappings.find((mapping) => JSON.stringify(mapping.FunctionName) === JSON.stringify({ Ref: functionIdOf(handler) }))!;
    expect(of(cappedRow.handler).ScalingConfig).toEqual({ MaximumConcurrency: 2 });
    expect(of(queueRow.handler).ScalingConfig).toBeUndefined();
  });

  it('is refused when its visibility leaves the consumer no time', () => {
    expect(() => consumerTimeout({ name: 'tight', visibilityTimeoutSeconds: 5 })).toThrow(/at least 6 seconds/);
  });
});

describe('a schedule row', () => {
  it('becomes an EventBridge rule on its expression that invokes its handler', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: scheduleRow.expression,
      Description: scheduleRow.description,
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [functionIdOf(scheduleRow.handler), 'Arn'] }, RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }) })],
    });
  });
});
