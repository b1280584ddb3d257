import type { ScheduledEvent } from 'aws-lambda';
import { provisioningDeps } from '../provisioning/provisioning-deps';
import { scheduledTime } from '../schedule-clock';
import { runCleanup } from '../../shared/cleanup/cleanup-job';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig } from '../../shared/config/load-config';
import { logger } from '../../shared/logging/logger';

/**
 * The cleanup job, daily from the schedule table, with the provisioning workflows' own dependencies (it
 * settles stuck instances with their steps). Its clock is the scheduled event's time, so `npm run job --
 * cleanup --now …` locally judges deadlines and namespace ages as of that moment.
 */
export const handler = async (event: Pick<ScheduledEvent, 'time'>) => {
  const env = loadConfig(functionEnvironmentSchema);
  const now = scheduledTime(event);
  const settings = {
    provisioningDeadlineMinutes: env.CLEANUP_PROVISIONING_DEADLINE_MINUTES,
    deletingDeadlineMinutes: env.CLEANUP_DELETING_DEADLINE_MINUTES,
    namespaceMinAgeMinutes: env.CLEANUP_NAMESPACE_MIN_AGE_MINUTES,
  };
  const run = await runCleanup({ ...provisioningDeps(), now: () => now }, settings, (message, fields) => logger.warn(message, fields));
  logger.info('cleanup run', { ...run });
  return run;
};
