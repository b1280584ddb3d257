import { describe, expect, it } from 'vitest';
import { eventRules } from '../../functions/event-rules';
import { queues } from '../../functions/queues';
import { eventTypes, eventCatalogue } from '../../shared/events/event-catalogue';
import { DELIVERY_ATTEMPTS } from '../../shared/webhooks/retry-schedule';
import { WEBHOOK_DELIVERY_QUEUE, WEBHOOK_FAN_OUT_QUEUE } from '../../shared/webhooks/webhook-queues';
import { handlersOf, resourcesOf, synthPlatformStack } from '../support/synth-platform-stack';

// The webhook rows of the real tables, so rows other features add do not change what is checked here.
const webhookQueues = [WEBHOOK_FAN_OUT_QUEUE, WEBHOOK_DELIVERY_QUEUE];
const tables = { queues: queues.filter((row) => webhookQueues.includes(row.name)), eventRules: eventRules.filter((rule) => rule.queue === WEBHOOK_FAN_OUT_QUEUE) };
const { template, nested } = synthPlatformStack({ tables });
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
const functionIdOf = (handler: string) => resourcesOf(template, 'AWS::Lambda::Function').find(([, fn]) => handlersOf(fn).includes(handler))![0];
const queueIdOf = (handler: string) => {
  const [, mapping] = resourcesOf(template, 'AWS::Lambda::EventSourceMapping').find(([, m]) => m.Properties!.FunctionName.Ref === functionIdOf(handler))!;
  return mapping.Properties!.EventSourceArn['Fn::GetAtt'][0] as string;
};
const sendsTo = (handler: string, queueId: string) =>
  resourcesOf(template, 'AWS::IAM::Policy')
    .filter(([, policy]) => policy.Properties!.Roles.some((role: { Ref: string }) => role.Ref === resources[functionIdOf(handler)]!.Properties.Role['Fn::GetAtt'][0]))
    .flatMap(([, policy]) => policy.Properties!.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>)
    .some((statement) => [statement.Action].flat().includes('sqs:SendMessage') && JSON.stringify(statement.Resource).includes(queueId));

describe('webhook delivery in AWS', () => {
  it('every customer event and every platform event reaches the fan-out queue, through one rule per audience', () => {
    const fanOutQueue = queueIdOf('webhooks/fan-out');
    const rules = resourcesOf(template, 'AWS::Events::Rule').filter(([, r]) => r.Properties?.EventPattern);
    const selected = rules.flatMap(([, rule]) => {
      expect(rule.Properties!.Targets[0].Arn).toEqual({ 'Fn::GetAtt': [fanOutQueue, 'Arn'] });
      return rule.Properties!.EventPattern['detail-type'] as string[];
    });
    expect([...selected].sort()).toEqual([...eventTypes].sort());
    expect(eventTypes.every((type) => ['customer', 'platform'].includes(eventCatalogue[type].audience))).toBe(true);
  });

  it('the delivery queue gives up after the retry schedule’s last attempt, and its consumer has 30 s for 15 s attempts', () => {
    const deliveryQueue = queueIdOf('webhooks/deliver');
    expect(resources[deliveryQueue]!.Properties).toMatchObject({ VisibilityTimeout: 180, RedrivePolicy: { maxReceiveCount: DELIVERY_ATTEMPTS } });
    expect(DELIVERY_ATTEMPTS).toBe(8);
    expect(resources[functionIdOf('webhooks/deliver')]!.Properties.Timeout).toBe(30);
    // Its own URL, to set a failed message's visibility to the next wait.
    expect(resources[functionIdOf('webhooks/deliver')]!.Properties.Environment.Variables.QUEUE_URL_WEBHOOK_DELIVERY).toEqual({ Ref: deliveryQueue });
  });

  it('only the fan-out and the retry routes may send to the delivery queue', () => {
    const deliveryQueue = queueIdOf('webhooks/deliver');
    for (const sender of ['webhooks/fan-out', 'webhooks/retry-webhook-delivery', 'admin-webhooks/admin-retry-webhook-delivery']) expect(sendsTo(sender, deliveryQueue), sender).toBe(true);
    for (const other of ['webhooks/deliver', 'webhooks/send-test-webhook', 'webhooks/create-webhook']) expect(sendsTo(other, deliveryQueue), other).toBe(false);
  });

  it('each webhook DLQ has its alarm', () => {
    const alarms = Object.values(nested).flatMap((each) => resourcesOf(each, 'AWS::CloudWatch::Alarm').map(([, alarm]) => JSON.stringify(alarm.Properties)));
    for (const handler of ['webhooks/fan-out', 'webhooks/deliver']) {
      const dlq = resources[queueIdOf(handler)]!.Properties.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0] as string;
      expect(alarms.some((alarm) => alarm.includes(dlq) && alarm.includes('ApproximateNumberOfMessagesVisible')), dlq).toBe(true);
    }
  });
});
