import type { ScheduledEvent } from 'aws-lambda';
import { scheduledTime } from '../schedule-clock';
import { logger } from '../../shared/logging/logger';
import { errorFields } from '../../shared/logging/error-fields';
import { runMetering } from '../../shared/metering/meter-usage';
import { meteringDeps } from './metering-deps';

/**
 * The usage metering job, hourly from the schedule table. Its clock is the scheduled event's time, so the
 * hour metered is the one the event was scheduled in, retries included (`npm run job -- metering
 * --now …` locally). One log line per run with its counts; a run that could not meter everything throws,
 * so EventBridge retries it (twice, within 15 minutes: the same hour) and the function's error alarm sees it.
 */
export const handler = async (event: Pick<ScheduledEvent, 'time'>) => {
  const now = scheduledTime(event);
  const { settings, ...deps } = meteringDeps();
  let run;
  try {
    run = await runMetering({ ...deps, now: () => now }, settings, (message, fields) => logger.warn(message, fields));
  } catch (error) {
    logger.error('usage metering run', { at: now.toISOString(), outcome: 'failed', ...errorFields(error) });
    throw error;
  }
  if (run.outcome !== 'metered') {
    logger.error('usage metering run', { ...run });
    throw new Error(`usage metering ${run.outcome} for the hour ${run.hour}: ${run.failed} writes failed${run.errorMessage ? `, ${run.errorMessage}` : ''}`);
  }
  logger.info('usage metering run', { ...run });
  return run;
};
