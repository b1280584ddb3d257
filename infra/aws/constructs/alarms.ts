import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITopic, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag-acknowledgements';
import { metricNames } from '../../../shared/metrics/platform-metrics';
import { businessMetric } from './business-metric';
import type { PlatformFunction } from './platform-function';

export interface PlatformAlarmsProps {
  api: IHttpApi;
  functions: readonly PlatformFunction[];
  /** Queues where a message means something was given up on: DLQs and stream failure queues. */
  deadLetterQueues: ReadonlyArray<{ id: string; queue: Queue }>;
  /** Where every alarm notifies (AlarmTopic, in the root stack). */
  topic: ITopic;
}

const period = Duration.minutes(5);

/**
 * The one topic every alarm notifies, in the root stack: each feature's nested stack then takes its ARN as
 * one parameter, where alarms gathered in one stack took one parameter per function they watch.
 */
export class AlarmTopic extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: { alarmEmail?: string }) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'PaaS platform alarms', enforceSSL: true });
    if (props.alarmEmail) {
      this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
      acknowledge(
        this.topic,
        'An alarm mail that cannot be delivered is no work to redrive: the alarm stays in ALARM in CloudWatch and on the dashboard, where the next look finds it.',
        'Serverless-SNSRedrivePolicy',
      );
    }
  }
}

/** An alarm at the first datapoint at or over 1, notifying the topic; silence (no traffic) is fine. */
const alarmOn = (scope: Construct, id: string, metric: Metric, description: string, topic: ITopic): Alarm => {
  const alarm = new Alarm(scope, id, {
    metric,
    alarmDescription: description,
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    // No requests or invocations is not a failure.
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  alarm.addAlarmAction(new SnsAction(topic));
  return alarm;
};

/**
 * The alarms that mean a person should look: any 5xx (a client's mistake is a 4xx, so a 5xx is our bug,
 * DESIGN section 8), any function error, any message given up on, any worker node OFFLINE. All of them
 * notify one topic.
 */
export class PlatformAlarms extends Construct {
  readonly alarms: Alarm[] = [];
  private readonly topic: ITopic;

  constructor(scope: Construct, id: string, props: PlatformAlarmsProps) {
    super(scope, id);
    this.topic = props.topic;
    this.add('Api5xx', props.api.metricServerError({ period, statistic: 'Sum' }), 'The HTTP API answered with a 5xx.');
    // Each function's alarm beside its function, in its feature's nested stack (see AlarmTopic).
    for (const fn of props.functions) {
      this.alarms.push(alarmOn(fn, 'ErrorsAlarm', fn.function.metricErrors({ period, statistic: 'Sum' }), `${fn.label} threw or timed out.`, this.topic));
    }
    for (const { id: queueId, queue } of props.deadLetterQueues) {
      this.add(
        `${queueId}Messages`,
        queue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
        'Messages were given up on and wait to be inspected and redriven.',
      );
    }
    // The health monitor's gauge: a node OFFLINE has lost its instances' capacity (runbook: a node OFFLINE).
    this.add('NodesOffline', businessMetric(metricNames.nodesOffline, 'Maximum', period), 'A worker node has sent no heartbeat for 5 minutes (OFFLINE).');
  }

  private add(id: string, metric: Metric, description: string): void {
    this.alarms.push(alarmOn(this, id, metric, description, this.topic));
  }
}
