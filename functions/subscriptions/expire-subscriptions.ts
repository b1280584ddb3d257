import type { ScheduledEvent } from 'aws-lambda';
import { scheduledTime } from '../schedule-clock';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig } from '../../shared/config/load-config';
import { logger } from '../../shared/logging/logger';
import { runExpiry } from '../../shared/subscriptions/expiry-job';
import { subscriptionClusterDeps } from './cluster-deps';

/**
 * The expiry job, hourly from the schedule table. Its clock is the scheduled event's time, so a run (or
 * `npm run job -- expiry --now …` locally) judges the subscriptions as of that moment.
 */
export const handler = async (event: Pick<ScheduledEvent, 'time'>) => {
  const env = loadConfig(functionEnvironmentSchema);
  const now = scheduledTime(event);
  const deps = { ...subscriptionClusterDeps(), now: () => now };
  const run = await runExpiry(deps, { noticeDays: env.SUBSCRIPTION_NOTICE_DAYS, graceDays: env.SUBSCRIPTION_GRACE_DAYS }, (message, fields) => logger.warn(message, fields));
  logger.info('subscription expiry run', { ...run });
  return run;
};
