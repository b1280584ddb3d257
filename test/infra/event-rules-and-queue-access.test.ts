import { NestedStack, type Stack } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { EventRuleDefinition } from '../../functions/event-rules';
import { detailTypesOf } from '../../functions/event-rules';
import type { QueueDefinition } from '../../functions/queues';
import { addPlatformStack } from '../../infra/aws/platform-app';
import { handlersOf, resourcesOf, synthPlatformStack, templateOf, testApp } from '../support/synth-platform-stack';

// The real queue and rule tables are empty until webhooks land; fixture rows prove the whole stack for them.
// The consumer is an existing module whose route timeout (10 s) matches a 60 s visibility's sixth.
const fanOut: QueueDefinition = { name: 'fixture-fan-out', handler: 'health/get-health', visibilityTimeoutSeconds: 60, maxReceiveCount: 4, batchSize: 5, senders: ['openapi/get-openapi'] };
const customerEvents: EventRuleDefinition = { name: 'fixture-customer-events', description: 'Customer events to the fan-out', events: { audience: 'customer' }, queue: fanOut.name };

const { stack, template } = synthPlatformStack({ tables: { queues: [fanOut], eventRules: [customerEvents] } });
/** The stack's template and those of its nested stacks. */
const templatesOf = (root: Stack): Template[] => [
  template,
  ...root.node
    .findAll()
    .filter((construct): construct is NestedStack => construct instanceof NestedStack)
    .map((nested) => templateOf(nested)),
];
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
// The function that runs the module alone: the fixture's consumer is health/get-health, also a route (whose
// function, shared with other routes, is another).
const functionIdOf = (handler: string) =>
  resourcesOf(template, 'AWS::Lambda::Function').find(([, fn]) => handlersOf(fn).join() === handler)![0];
const variablesOf = (handler: string) => resources[functionIdOf(handler)]!.Properties.Environment.Variables as Record<string, unknown>;

/** Every statement of every policy attached to a handler's role. */
const statementsOf = (handler: string, from = template): Array<{ Action: string | string[]; Resource: unknown }> => {
  const roleId = (from.toJSON().Resources as typeof resources)[functionIdOf(handler)]!.Properties.Role['Fn::GetAtt'][0];
  return resourcesOf(from, 'AWS::IAM::Policy')
    .filter(([, policy]) => policy.Properties!.Roles.some((role: { Ref: string }) => role.Ref === roleId))
    .flatMap(([, policy]) => policy.Properties!.PolicyDocument.Statement);
};
/** A handler's SQS rights as sorted `action on queue-id` pairs, however CDK merged the statements. */
const sqsGrants = (handler: string, from = template): string[] =>
  statementsOf(handler, from)
    .flatMap((statement) =>
      [statement.Action].flat().flatMap((action) => [statement.Resource].flat().map((resource) => `${action} on ${JSON.stringify(resource)}`)),
    )
    .filter((grant) => grant.startsWith('sqs:'))
    .sort();
const on = (action: string, arn: unknown) => `${action} on ${JSON.stringify(arn)}`;

const queues = resourcesOf(template, 'AWS::SQS::Queue');
const [queueId] = queues.find(([, queue]) => queue.Properties?.RedrivePolicy && JSON.stringify(queue).includes('"VisibilityTimeout":60'))!;
const dlqId = resources[queueId]!.Properties.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0] as string;
const queueArn = { 'Fn::GetAtt': [queueId, 'Arn'] };
const dlqArn = { 'Fn::GetAtt': [dlqId, 'Arn'] };

describe('an event rule row', () => {
  const [ruleId, rule] = resourcesOf(template, 'AWS::Events::Rule').find(([, r]) => r.Properties?.EventPattern)!;

  it('becomes a rule on the platform bus selecting its events by detail-type', () => {
    expect(rule.Properties).toMatchObject({
      EventBusName: { Ref: expect.stringMatching(/^EventsBus/) },
      Description: customerEvents.description,
      EventPattern: { source: ['paas.platform'], 'detail-type': detailTypesOf(customerEvents) },
    });
    expect(rule.Properties!.EventPattern['detail-type']).toContain('subscription.created');
    expect(rule.Properties!.EventPattern['detail-type']).not.toContain('worker.offline');
  });

  it("targets its queue, with the queue's DLQ for what EventBridge cannot deliver", () => {
    expect(rule.Properties!.Targets).toEqual([
      expect.objectContaining({ Arn: queueArn, DeadLetterConfig: { Arn: dlqArn }, RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86_400 } }),
    ]);
  });

  it('may send to the queue, and only this rule may (the queue policy, besides refusing plain HTTP)', () => {
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'events.amazonaws.com' },
            Action: Match.arrayWith(['sqs:SendMessage']),
            Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [ruleId, 'Arn'] } } },
          }),
        ]),
      },
    });
  });

  it('refuses, at synth, a rule to a queue the table does not have', () => {
    expect(() => addPlatformStack(testApp(), { tables: { queues: [fanOut], eventRules: [{ ...customerEvents, queue: 'nowhere' }] } })).toThrow(
      /targets queue "nowhere"/,
    );
  });
});

describe('a queue row', () => {
  it('is encrypted (SSE-SQS, which EventBridge can write without a KMS key policy) and has its redrive count', () => {
    expect(resources[queueId]!.Properties).toMatchObject({ SqsManagedSseEnabled: true, RedrivePolicy: { maxReceiveCount: 4 } });
    expect(resources[queueId]!.Properties.KmsMasterKeyId).toBeUndefined();
  });

  it('has an alarm on its DLQ at the first message, notifying the alarm topic', () => {
    // The alarms may sit in a nested stack; there the DLQ is a parameter named after its construct path.
    const dlqName = dlqId.replace(/[0-9A-F]{8}$/, '');
    const alarms = templatesOf(stack).flatMap((each) => resourcesOf(each, 'AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties!));
    const dlqAlarm = alarms.find((alarm) => alarm.Namespace === 'AWS/SQS' && new RegExp(`${dlqName}[0-9A-F]{8}`).test(JSON.stringify(alarm.Dimensions)));
    expect(dlqAlarm).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [expect.objectContaining({ Name: 'QueueName' })],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    expect(dlqAlarm!.AlarmActions).toHaveLength(1);
    expect(dlqAlarm!.AlarmActions).toEqual(alarms.find((alarm) => alarm.Namespace === 'AWS/ApiGateway')!.AlarmActions);
  });

  it('gives its consumer the event source with partial batch responses, and its own URL to delay retries', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: queueArn,
      FunctionName: { Ref: functionIdOf(fanOut.handler) },
      BatchSize: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(variablesOf(fanOut.handler).QUEUE_URL_FIXTURE_FAN_OUT).toEqual({ Ref: queueId });
    expect(sqsGrants(fanOut.handler)).toContain(on('sqs:ChangeMessageVisibility', queueArn));
  });

  it('gives its senders its URL and sqs:SendMessage on it alone', () => {
    expect(variablesOf('openapi/get-openapi').QUEUE_URL_FIXTURE_FAN_OUT).toEqual({ Ref: queueId });
    expect(sqsGrants('openapi/get-openapi')).toEqual(['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'].map((action) => on(action, queueArn)));
  });
});

describe('the admin queue routes', () => {
  it('see the table through QUEUE_NAMES and the URL of each queue and DLQ', () => {
    for (const handler of ['admin-queues/list-queues', 'admin-queues/redrive-queue']) {
      expect(variablesOf(handler)).toMatchObject({ QUEUE_NAMES: fanOut.name, QUEUE_URL_FIXTURE_FAN_OUT: { Ref: queueId }, DLQ_URL_FIXTURE_FAN_OUT: { Ref: dlqId } });
    }
  });

  it('may read depths (the lister), or also receive and delete from the DLQ and send to the queue (the redriver), and touch no table', () => {
    expect(sqsGrants('admin-queues/list-queues')).toEqual([on('sqs:GetQueueAttributes', queueArn), on('sqs:GetQueueAttributes', dlqArn)].sort());
    expect(sqsGrants('admin-queues/redrive-queue')).toEqual(
      [
        on('sqs:ReceiveMessage', dlqArn),
        on('sqs:DeleteMessage', dlqArn),
        on('sqs:GetQueueAttributes', dlqArn),
        on('sqs:SendMessage', queueArn),
        on('sqs:GetQueueAttributes', queueArn),
      ].sort(),
    );
    for (const handler of ['admin-queues/list-queues', 'admin-queues/redrive-queue']) {
      expect(statementsOf(handler).flatMap((statement) => [statement.Action].flat()).filter((action) => action.startsWith('dynamodb:'))).toEqual([]);
    }
  });

  it('with an empty table: no queue, no rule to a queue, and no SQS rights', () => {
    const empty = synthPlatformStack({ tables: { queues: [], eventRules: [] } }).template;
    expect(resourcesOf(empty, 'AWS::Events::Rule').filter(([, r]) => r.Properties?.EventPattern)).toEqual([]);
    expect(sqsGrants('admin-queues/list-queues', empty)).toEqual([]);
    expect(sqsGrants('admin-queues/redrive-queue', empty)).toEqual([]);
  });
});
