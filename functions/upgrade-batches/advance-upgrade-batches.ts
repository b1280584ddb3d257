import { logger } from '../../shared/logging/logger';
import { advanceRunningBatches } from '../../shared/upgrades/upgrade-batches';
import { upgradeBatchDeps } from './upgrade-batch-deps';

/** Every minute: each RUNNING batch upgrade settles its upgrades in flight and starts its next batch. */
export const handler = async () => {
  const run = await advanceRunningBatches(upgradeBatchDeps(), (message, fields) => logger.warn(message, fields));
  logger.info('batch upgrades advanced', run);
  if (run.failed) throw new Error(`batch upgrades: ${run.failed} could not be advanced`);
  return run;
};
