import type { ScheduledEvent } from 'aws-lambda';
import { scheduledTime } from '../schedule-clock';
import { sqsQueueAdmin } from '../../shared/admin-queues/sqs-queue-admin';
import { dynamoDocumentClient } from '../../shared/aws/clients';
import { sqsClient } from '../../shared/aws/sqs-client';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig } from '../../shared/config/load-config';
import { logger } from '../../shared/logging/logger';
import { flushMetrics, recordDeadLetters } from '../../shared/metrics/platform-metrics';
import { dynamoSignalStore } from '../../shared/platform-watch/dynamo-signal-store';
import { watchPlatform } from '../../shared/platform-watch/watch-platform';
import { queueLocationsFromEnvironment } from '../../shared/queues/queue-environment';
import { dynamoNodeStore } from '../../shared/workers/dynamo-node-store';

/**
 * The platform watch, every 5 minutes from the schedule table; its clock is the scheduled event's time. It
 * also records the DLQs' depth as the DeadLetterMessages gauge, from the depths it read anyway.
 */
export const handler = async (event: Pick<ScheduledEvent, 'time'>) => {
  const env = loadConfig(functionEnvironmentSchema);
  const now = scheduledTime(event);
  const db = dynamoDocumentClient();
  const run = await watchPlatform({
    nodes: dynamoNodeStore(db, env.TABLE_NAME),
    queues: queueLocationsFromEnvironment(),
    admin: sqsQueueAdmin(sqsClient()),
    signals: dynamoSignalStore(db, env.TABLE_NAME),
    capacityLowPercent: env.CAPACITY_LOW_PERCENT,
    now: () => now,
  });
  recordDeadLetters(run.deadLetterMessages);
  flushMetrics();
  logger.info('platform watched', { ...run });
  return run;
};
