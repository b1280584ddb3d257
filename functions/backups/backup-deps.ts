import { dynamoDocumentClient } from '../../shared/aws/clients';
import type { ArchiveStore } from '../../shared/backups/archive-store';
import type { BackupDeps } from '../../shared/backups/backup-operations';
import { dynamoBackupStore } from '../../shared/backups/dynamo-backup-store';
import { s3ArchiveStoreOnFirstCall } from '../../shared/backups/s3-archive-store-on-first-call';
import { dynamoServiceStore } from '../../shared/catalog/dynamo-service-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';
import { stepFunctionsOnFirstCall } from '../../shared/subscriptions/step-functions-on-first-call';
import { stateMachineArns } from '../../shared/subscriptions/workflow-starter';

export const environment = once(() => loadConfig(functionEnvironmentSchema));

/** Only the handlers that move archives are given the bucket (infra/aws/function-access.ts); the others never call it. */
const noBucket = new Proxy({} as ArchiveStore, {
  get: () => () => Promise.reject(new Error('BACKUP_BUCKET is not set: this function was not granted the backups bucket')),
});

export const stores = once(() => {
  const env = environment();
  const db = dynamoDocumentClient();
  return {
    subscriptions: dynamoSubscriptionStore(db, env.TABLE_NAME),
    backups: dynamoBackupStore(db, env.TABLE_NAME),
    archives: env.BACKUP_BUCKET ? s3ArchiveStoreOnFirstCall(env.BACKUP_BUCKET) : noBucket,
    services: dynamoServiceStore(db, env.TABLE_NAME),
    now: () => new Date(),
  };
});

/** The routes' and the schedule's (the workflow steps add the cluster: functions/backup-steps/backup-step.ts): built on first use and kept for the life of the Lambda container. */
export const backupDeps = once((): BackupDeps => {
  const env = environment();
  return { ...stores(), workflows: stepFunctionsOnFirstCall(stateMachineArns(env)), downloadSeconds: env.BACKUP_DOWNLOAD_MINUTES * 60 };
});
