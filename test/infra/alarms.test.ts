import { describe, expect, it } from 'vitest';
import { onlyResourceOf, resourcesOf, synthPlatformStack } from '../support/synth-platform-stack';

// The whole platform's resources, references between its stacks followed: functions' alarms live beside
// their functions in the feature stacks, the others in Monitoring, the topic in the root stack.
const { template, nested, root } = synthPlatformStack();
const alarms = resourcesOf(template, 'AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties!);
const [[topicId]] = resourcesOf(root, 'AWS::SNS::Topic') as [[string, unknown]];

describe('alarms', () => {
  it('fire on any 5xx of the HTTP API', () => {
    // The API lives in its own nested stack: the alarm's reference, followed through that stack's output, names it.
    const [apiId] = onlyResourceOf(nested.Api!, 'AWS::ApiGatewayV2::Api');
    expect(alarms).toContainEqual(
      expect.objectContaining({
        Namespace: 'AWS/ApiGateway',
        MetricName: '5xx',
        Dimensions: [{ Name: 'ApiId', Value: { Ref: apiId } }],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      }),
    );
  });

  it('fire on the errors of every function, one alarm each', () => {
    const errorAlarms = alarms.filter((alarm) => alarm.Namespace === 'AWS/Lambda' && alarm.MetricName === 'Errors');
    const watched = errorAlarms.map((alarm) => alarm.Dimensions[0].Value.Ref).sort();
    expect(watched).toEqual(Object.keys(template.findResources('AWS::Lambda::Function')).sort());
  });

  it('fire when a message lands in a queue of given-up messages (one that redrives nowhere)', () => {
    const queueIds = resourcesOf(template, 'AWS::SQS::Queue')
      .filter(([, queue]) => !queue.Properties?.RedrivePolicy)
      .map(([id]) => id);
    expect(queueIds.length).toBeGreaterThan(0);
    const watched = alarms
      .filter((alarm) => alarm.Namespace === 'AWS/SQS' && alarm.MetricName === 'ApproximateNumberOfMessagesVisible')
      .map((alarm) => alarm.Dimensions[0].Value['Fn::GetAtt'][0]);
    expect(watched.sort()).toEqual(queueIds.sort());
  });

  it('all notify the alarm topic, which refuses publishing without TLS', () => {
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
    root.hasResourceProperties('AWS::SNS::TopicPolicy', { Topics: [{ Ref: topicId }] });
  });

  it('treat silence as fine: no traffic is not an outage', () => {
    for (const alarm of alarms) expect(alarm.TreatMissingData).toBe('notBreaching');
  });
});
