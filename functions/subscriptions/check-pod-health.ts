import type { ScheduledEvent } from 'aws-lambda';
import { scheduledTime } from '../schedule-clock';
import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { clusterFromEnvironment } from '../../shared/kubernetes/cluster-from-environment';
import { logger } from '../../shared/logging/logger';
import { dynamoInstanceHealthStore } from '../../shared/subscriptions/dynamo-instance-health-store';
import { checkPodHealth } from '../../shared/subscriptions/pod-health-job';

const deps = once(() => {
  const env = loadConfig(functionEnvironmentSchema);
  return { cluster: clusterFromEnvironment(env), health: dynamoInstanceHealthStore(dynamoDocumentClient(), env.TABLE_NAME) };
});

/** The pod-health check, every 5 minutes from the schedule table; its clock is the scheduled event's time. */
export const handler = async (event: Pick<ScheduledEvent, 'time'>) => {
  const now = scheduledTime(event);
  const run = await checkPodHealth({ ...deps(), now: () => now }, (message, fields) => logger.warn(message, fields));
  logger.info('pod health checked', { ...run });
  return run;
};
