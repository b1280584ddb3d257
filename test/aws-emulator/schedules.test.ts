/**
 * Issue 17: every schedule expression of the templates `cdk synth` writes (AWS::Events::Rule
 * ScheduleExpression, and AWS::Scheduler::Schedule if the stack ever has one) is one EventBridge takes.
 *
 * Source of truth: EventBridge's documented grammar (support/schedule-expression.ts), not moto. moto never
 * fires schedules, and its PutRule checks them only by a prefix regex (moto/events/models.py
 * EventsBackend._CRON_REGEX `^cron\(.*\)`, _RATE_REGEX `^rate\(\d*\s(minute|minutes|…)\)`): the last test
 * shows it taking expressions EventBridge refuses.
 */
import { EventBridgeClient, PutRuleCommand } from '@aws-sdk/client-eventbridge';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PlatformCloudAssembly, synthesizePlatformAssembly } from './support/cloud-assembly';
import { emulatorClientConfig, useMoto } from './support/moto';
import { scheduleExpressionProblems } from './support/schedule-expression';

const emulator = useMoto();

/** Expressions EventBridge's documentation gives or allows. */
const valid = [
  'rate(1 minute)',
  'rate(5 minutes)',
  'rate(1 hour)',
  'rate(12 hours)',
  'rate(1 day)',
  'rate(7 days)',
  'cron(0 10 * * ? *)',
  'cron(15 12 * * ? *)',
  'cron(0 18 ? * MON-FRI *)',
  'cron(0 8 1 * ? *)',
  'cron(0/15 * * * ? *)',
  'cron(0/10 * ? * MON-FRI *)',
  'cron(0/5 8-17 ? * MON-FRI *)',
  'cron(0 9 ? * 2#1 *)',
  'cron(0 12 L * ? *)',
  'cron(0 12 3W * ? *)',
  'cron(0 0 ? JAN,JUL 6L 2030-2040)',
];

/** Expressions EventBridge refuses, each for one reason, and what the validator must say about it. */
const invalid = [
  ['rate(1 minutes)', 'the plural unit for 1', /singular/],
  ['rate(5 minute)', 'the singular unit for more than 1', /plural/],
  ['rate(0 minutes)', 'a rate of 0', /at least 1/],
  ['rate(-1 minutes)', 'a negative rate', /whole number/],
  ['rate(1.5 hours)', 'a fractional rate', /whole number/],
  ['rate(1 week)', 'a unit EventBridge does not have', /minute\(s\)\|hour\(s\)\|day\(s\)/],
  ['rate(5minutes)', 'no space between value and unit', /one space/],
  ['cron(0 12 * * * *)', '* in both day fields', /exactly one of Day-of-month and Day-of-week must be \?/],
  ['cron(0 12 ? * ? *)', '? in both day fields', /exactly one of Day-of-month and Day-of-week must be \?/],
  ['cron(0 12 1 * MON *)', 'values in both day fields', /exactly one of Day-of-month and Day-of-week must be \?/],
  ['cron(0 12 * * ?)', 'five fields', /six fields/],
  ['cron(0 12 * * ? * *)', 'seven fields', /six fields/],
  ['cron(60 12 * * ? *)', 'minute 60', /^Minutes "60"/],
  ['cron(0 24 * * ? *)', 'hour 24', /^Hours "24"/],
  ['cron(0 12 32 * ? *)', 'day-of-month 32', /^Day-of-month "32"/],
  ['cron(0 12 ? 13 * *)', 'month 13', /^Month "13"/],
  ['cron(0 12 ? * 8 *)', 'day-of-week 8', /^Day-of-week "8"/],
  ['cron(0 12 * * ? 1969)', 'year before 1970', /^Year "1969"/],
  ['cron(0 12 * 1-13 ? *)', 'a range past the month field', /^Month "1-13"/],
  ['cron(0/0 * * * ? *)', 'an increment of 0', /^Minutes "0\/0"/],
  ['cron(? 12 * * ? *)', '? outside the day fields', /^Minutes cannot be \?/],
  ['cron(0 12 ? * 3#1,6#3 *)', 'two # expressions', /# takes one/],
  ['cron(0 12 W * ? *)', 'W without a day', /^Day-of-month "W"/],
  ['at(2030-01-01T00:00:00)', 'at(), which only EventBridge Scheduler takes', /not a rate\(\) or cron\(\)/],
  ['every 5 minutes', 'neither rate() nor cron()', /not a rate\(\) or cron\(\)/],
] as const;

interface FoundSchedule {
  where: string;
  expression: unknown;
  kind: 'rule' | 'scheduler';
  busName: unknown;
}

describe('schedule expressions', () => {
  let assembly: PlatformCloudAssembly;
  let schedules: FoundSchedule[];

  beforeAll(() => {
    assembly = synthesizePlatformAssembly();
    schedules = [
      ...assembly
        .resourcesOfType('AWS::Events::Rule')
        .filter(({ resource }) => resource.Properties?.ScheduleExpression !== undefined)
        .map(({ file, logicalId, resource }) => ({ where: `${file}#${logicalId}`, expression: resource.Properties!.ScheduleExpression, kind: 'rule' as const, busName: resource.Properties!.EventBusName })),
      ...assembly
        .resourcesOfType('AWS::Scheduler::Schedule')
        .map(({ file, logicalId, resource }) => ({ where: `${file}#${logicalId}`, expression: resource.Properties?.ScheduleExpression, kind: 'scheduler' as const, busName: undefined })),
    ];
    // A synth takes seconds; generous for a loaded machine.
  }, 180_000);

  it.each(valid)('the validator takes %s, an expression EventBridge documents', (expression) => {
    expect(scheduleExpressionProblems(expression)).toEqual([]);
  });

  it.each(invalid)('the validator refuses %s (%s)', (expression, _why, problem) => {
    const problems = scheduleExpressionProblems(expression);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });

  it('the validator takes at() for EventBridge Scheduler only, and only in its yyyy-mm-ddThh:mm:ss form', () => {
    expect(scheduleExpressionProblems('at(2030-01-01T00:00:00)', 'scheduler')).toEqual([]);
    expect(scheduleExpressionProblems('at(2030-13-01T00:00:00)', 'scheduler').length).toBeGreaterThan(0);
    expect(scheduleExpressionProblems('at(2030-01-01)', 'scheduler').length).toBeGreaterThan(0);
  });

  it('every schedule expression of the synthesized templates is valid for EventBridge', () => {
    // The stack has schedules (functions/schedules.ts): none found means the reader is looking in the wrong place.
    expect(schedules.length).toBeGreaterThan(0);
    const problems = Object.fromEntries(
      schedules.map(({ where, expression, kind }) => [where, typeof expression === 'string' ? scheduleExpressionProblems(expression, kind) : [`not a literal string: ${JSON.stringify(expression)}`]]),
    );
    expect(problems).toEqual(Object.fromEntries(schedules.map(({ where }) => [where, []])));
  });

  it('every scheduled rule of the templates sits on the default bus, and moto takes it there as deployed', async () => {
    const events = new EventBridgeClient(emulatorClientConfig(emulator().endpoint));
    const rules = schedules.filter(({ kind }) => kind === 'rule');
    expect(rules.length).toBeGreaterThan(0);
    for (const [index, rule] of rules.entries()) {
      // EventBridge (and moto) take ScheduleExpression only on the default bus.
      expect({ where: rule.where, busName: rule.busName ?? 'default' }).toEqual({ where: rule.where, busName: 'default' });
      await events.send(new PutRuleCommand({ Name: `schedule-${index}`, ScheduleExpression: rule.expression as string, State: 'ENABLED' }));
    }
  });

  it("moto's PutRule takes schedule expressions EventBridge refuses, which is why the documented grammar is the judge here", async () => {
    // Evidence of the moto quirk (5.2.6). Should a moto upgrade start refusing these, this fails, and moto
    // could then become the judge of the schedules above.
    const events = new EventBridgeClient(emulatorClientConfig(emulator().endpoint));
    const refusedByEventBridge = ['rate(1 minutes)', 'rate(0 minutes)', 'cron(0 12 * * * *)', 'cron(nonsense)'];
    for (const [index, expression] of refusedByEventBridge.entries()) {
      expect(scheduleExpressionProblems(expression).length).toBeGreaterThan(0);
      const answer = await events.send(new PutRuleCommand({ Name: `lenient-${index}`, ScheduleExpression: expression })).then(
        () => 'accepted',
        (error: Error) => error.name,
      );
      expect({ expression, answer }).toEqual({ expression, answer: 'accepted' });
    }
  });
});
