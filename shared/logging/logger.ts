import { Logger } from '@aws-lambda-powertools/logger';

/**
 * One structured JSON logger per process. Log lines never carry bodies, headers or secrets: callers pass
 * the few fields they mean to record.
 */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'paas-platform',
});
