import { Duration } from 'aws-cdk-lib';
import { type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import { type EventRuleDefinition, eventPatternOf, eventRuleProblems } from '../../../functions/event-rules';
import { constructIdOf } from './handler-functions';
import type { PlatformQueues } from './queues';

export interface PlatformEventRulesProps {
  rules: readonly EventRuleDefinition[];
  bus: IEventBus;
  queues: PlatformQueues;
}

/**
 * The event rule table (functions/event-rules.ts) made real: one rule on the platform bus per row, with its
 * queue as the target. The target adds the queue policy that lets this rule, and only it, send to the
 * queue. The queues are SSE-SQS encrypted, which EventBridge writes to without a KMS key policy (a
 * customer-managed KMS key would need one for events.amazonaws.com). An event EventBridge still cannot
 * deliver after its retries goes to the queue's own DLQ: the DLQ alarm fires and a redrive puts it on the
 * queue, where it was meant to go.
 */
export class PlatformEventRules extends Construct {
  readonly rules: Rule[] = [];

  constructor(scope: Construct, id: string, props: PlatformEventRulesProps) {
    super(scope, id);
    const problems = eventRuleProblems(
      props.rules,
      props.queues.queues.map(({ definition }) => definition.name),
    );
    if (problems.length) throw new Error(problems.join('\n'));
    for (const definition of props.rules) {
      const target = props.queues.get(definition.queue);
      const rule = new Rule(this, constructIdOf(definition.name), {
        eventBus: props.bus,
        description: definition.description,
        eventPattern: eventPatternOf(definition),
      });
      rule.addTarget(new SqsQueue(target.queue, { deadLetterQueue: target.deadLetterQueue, retryAttempts: 185, maxEventAge: Duration.hours(24) }));
      this.rules.push(rule);
    }
  }
}
