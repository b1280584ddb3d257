import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import type { ScheduleDefinition } from '../../../functions/schedules';
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
      const rule = new Rule(this, constructIdOf(definition.name), {
        description: definition.description,
        schedule: Schedule.expression(definition.expression),
      });
      rule.addTarget(new LambdaFunction(fn.function, { retryAttempts: 2, maxEventAge: Duration.minutes(15) }));
      this.rules.push(rule);
    }
  }
}
