import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoUpgradeBatchStore } from '../../shared/upgrades/dynamo-upgrade-batch-store';
import type { UpgradeBatchDeps } from '../../shared/upgrades/upgrade-batches';
import { upgradeDeps } from '../upgrades/upgrade-deps';

/** The customer upgrade's dependencies (each batch upgrade is one) and the batches' store. */
export const upgradeBatchDeps = once((): UpgradeBatchDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  return { ...upgradeDeps(), batches: dynamoUpgradeBatchStore(dynamoDocumentClient(), env.TABLE_NAME) };
});
