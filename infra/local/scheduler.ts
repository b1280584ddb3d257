import { Cron } from 'croner';
import { localInvocation } from './local-invocation';
import { randomUUID } from 'node:crypto';
import type { ScheduleDefinition } from '../../functions/schedules';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';

const UNIT_MS: Record<string, number> = { minute: 60_000, minutes: 60_000, hour: 3_600_000, hours: 3_600_000, day: 86_400_000, days: 86_400_000 };

/**
 * AWS cron has six fields (minutes hours day-of-month month day-of-week year), `?` for "any", and numbers
 * days of the week 1–7 from Sunday. Croner wants five fields and 0–6: convert, dropping the year.
 */
export const toCronerPattern = (awsCron: string): string => {
  const fields = awsCron.trim().split(/\s+/);
  if (fields.length !== 6) throw new Error(`cron(${awsCron}) must have 6 fields`);
  const [minutes, hours, dayOfMonth, month, dayOfWeek] = fields.map((f) => f.replace('?', '*')) as [string, string, string, string, string];
  const weekday = dayOfWeek.replace(/\d+/g, (day) => String((Number(day) + 6) % 7));
  return `${minutes} ${hours} ${dayOfMonth} ${month} ${weekday}`;
};

/** The EventBridge "Scheduled Event" a schedule's target receives. */
const scheduledEvent = (schedule: ScheduleDefinition, time = new Date()) => ({
  version: '0',
  id: randomUUID(),
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '000000000000',
  time: time.toISOString(),
  region: 'local',
  resources: [`arn:aws:events:local:000000000000:rule/${schedule.name}`],
  detail: {},
});

/**
 * Runs the schedule table's handlers on their cadence, as EventBridge does in AWS. A run never overlaps the
 * previous run of the same schedule, and a failure is logged and does not stop the schedule.
 */
export const startScheduler = (schedules: readonly ScheduleDefinition[], invoke: (handler: string, event: unknown) => Promise<unknown>) => {
  const stops: (() => void)[] = [];
  for (const schedule of schedules) {
    let busy = false;
    const run = async () => {
      if (busy) return;
      busy = true;
      try {
        await localInvocation.run({ kind: 'schedule', name: schedule.name }, () => invoke(schedule.handler, scheduledEvent(schedule)));
      } catch (error) {
        logger.error('scheduled job failed', { schedule: schedule.name, ...errorFields(error) });
      } finally {
        busy = false;
      }
    };
    const rate = /^rate\((\d+)\s+(minutes?|hours?|days?)\)$/.exec(schedule.expression);
    const cron = /^cron\((.+)\)$/.exec(schedule.expression);
    if (rate) {
      const timer = setInterval(run, Number(rate[1]) * UNIT_MS[rate[2]!]!);
      stops.push(() => clearInterval(timer));
    } else if (cron) {
      const job = new Cron(toCronerPattern(cron[1]!), { timezone: 'UTC' }, run);
      stops.push(() => job.stop());
    } else {
      throw new Error(`Schedule ${schedule.name}: "${schedule.expression}" is neither rate(...) nor cron(...)`);
    }
  }
  return {
    stop: () => stops.forEach((stop) => stop()),
    /** Runs one schedule's handler at once, as if EventBridge fired it at `time`; for tests and operators. */
    runNow: (name: string, time?: Date) => {
      const schedule = schedules.find((s) => s.name === name);
      if (!schedule) throw new Error(`No schedule named ${name}`);
      return invoke(schedule.handler, scheduledEvent(schedule, time));
    },
  };
};
