import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import type { ScheduleDefinition } from '../../../functions/schedules';
import { acknowledge } from '../nag-acknowledgements';
import { besideFunction } from './area-stacks';
import { constructIdOf, type HandlerFunctions } from './handler-functions';

export interface PlatformSchedulesProps {
  schedules: readonly ScheduleDefinition[];
  functions: HandlerFunctions;
}

/**
 * The schedule table (functions/schedules.ts) made real: one EventBridge rule per row. Scheduled jobs
 * rescan their state on every run, so a missed run is made good by the next one; retries stay short.
 */
export class PlatformSchedules extends Construct {
  readonly rules: Rule[] = [];

  constructor(scope: Construct, id: string, props: PlatformSchedulesProps) {
    super(scope, id);
    for (const definition of props.schedules) {
      const fn = props.functions.use(definition.handler, { access: { table: 'read-write' }, timeout: Duration.seconds(60) });
      // Beside its function: the target's Lambda permission names the rule, the rule names the function.
      const rule = new Rule(besideFunction(fn, this), constructIdOf(definition.name), {
        description: definition.description,
        schedule: Schedule.expression(definition.expression),
      });
      rule.addTarget(new LambdaFunction(fn.function, { retryAttempts: 2, maxEventAge: Duration.minutes(15) }));
      acknowledge(rule, 'A schedule tick lost after its retries is made good by the next run, which rescans the state; a DLQ of ticks has nothing to redrive.', 'Serverless-EventBusDLQ');
      acknowledge(fn.function, "Invoked asynchronously by its schedule only for ticks: a failed run is the function's error alarm, and the next run redoes it.", 'Serverless-LambdaDLQ');
      this.rules.push(rule);
    }
  }
}
