import type { ScheduledEvent } from 'aws-lambda';
import { recheckDomains } from '../../shared/domains/recheck-domains';
import { logger } from '../../shared/logging/logger';
import { scheduledTime } from '../schedule-clock';
import { domainDeps } from './domain-deps';

/**
 * Checks the domains whose next check is due (every minute): pending ones with backoff until verified or
 * given up, verified ones hourly to notice records that stop pointing at the platform. The clock is the
 * scheduled event's time (`npm run job -- domains --now …` locally). A run with failures throws after it
 * has tried every due domain, so the function's error alarm sees it.
 */
export const handler = async (event: Pick<ScheduledEvent, 'time'>) => {
  const now = scheduledTime(event);
  const run = await recheckDomains({ ...domainDeps(), now: () => now }, (message, fields) => logger.warn(message, fields));
  logger.info('domain checks run', { ...run });
  if (run.failed) throw new Error(`domain checks: ${run.failed} could not be checked`);
  return run;
};
