import type { ScheduledEvent } from 'aws-lambda';
import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoServiceStore } from '../../shared/catalog/dynamo-service-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig } from '../../shared/config/load-config';
import { logger } from '../../shared/logging/logger';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';
import { dynamoEndOfLifeNoticeStore } from '../../shared/upgrades/dynamo-end-of-life-notice-store';
import { sendEndOfLifeNotices } from '../../shared/upgrades/end-of-life-notices';
import { scheduledTime } from '../schedule-clock';

/** The daily end-of-life notices; the clock is the scheduled event's time (`npm run job -- version-eol --now …` locally). */
export const handler = async (event: Pick<ScheduledEvent, 'time'>) => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  const now = scheduledTime(event);
  const run = await sendEndOfLifeNotices({
    services: dynamoServiceStore(db, env.TABLE_NAME),
    subscriptions: dynamoSubscriptionStore(db, env.TABLE_NAME),
    notices: dynamoEndOfLifeNoticeStore(db, env.TABLE_NAME),
    now: () => now,
  });
  logger.info('end-of-life notices run', run);
  return run;
};
