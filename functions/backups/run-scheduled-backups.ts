import type { ScheduledEvent } from 'aws-lambda';
import { runScheduledBackups } from '../../shared/backups/scheduled-backups';
import { logger } from '../../shared/logging/logger';
import { scheduledTime } from '../schedule-clock';
import { backupDeps } from './backup-deps';

/**
 * The daily backups, run hourly from the schedule table: each instance is backed up in its own hour of the
 * day. The clock is the scheduled event's time (`npm run job -- backups --now …` locally). A run with
 * failures throws after it has tried every instance, so the function's error alarm sees it.
 */
export const handler = async (event: Pick<ScheduledEvent, 'time'>) => {
  const now = scheduledTime(event);
  const run = await runScheduledBackups({ ...backupDeps(), now: () => now }, (message, fields) => logger.warn(message, fields));
  logger.info('scheduled backups run', { ...run });
  if (run.failed) throw new Error(`scheduled backups: ${run.failed} could not be started`);
  return run;
};
