import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoBackupStore } from '../../shared/backups/dynamo-backup-store';
import { dynamoServiceStore } from '../../shared/catalog/dynamo-service-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';
import { stepFunctionsOnFirstCall } from '../../shared/subscriptions/step-functions-on-first-call';
import { stateMachineArns } from '../../shared/subscriptions/workflow-starter';
import type { UpgradeDeps } from '../../shared/upgrades/request-upgrade';

/** Built on first use and kept for the life of the Lambda container. */
export const upgradeDeps = once((): UpgradeDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return {
    subscriptions: dynamoSubscriptionStore(db, env.TABLE_NAME),
    backups: dynamoBackupStore(db, env.TABLE_NAME),
    services: dynamoServiceStore(db, env.TABLE_NAME),
    workflows: stepFunctionsOnFirstCall(stateMachineArns(env)),
    now: () => new Date(),
  };
});
