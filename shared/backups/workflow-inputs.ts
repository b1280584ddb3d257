import type { Backup } from './backup';

/** What a restore's safety backup makes way for: the backup restored, and the subscription it belongs to. */
export interface RestoreOf {
  backupId: string;
  sourceSubscriptionId: string;
}

/**
 * The backup and restore workflows' inputs, built in one place: the request starts the execution, and the
 * table's stream starts it again from the committed record (functions/backups/start-backup-workflows.ts);
 * Step Functions runs a name once only when both give the same input.
 */
export const backupWorkflowInput = (backup: Pick<Backup, 'instanceId' | 'subscriptionId' | 'id'>) => ({
  instanceId: backup.instanceId,
  subscriptionId: backup.subscriptionId,
  backupId: backup.id,
});

export const restoreWorkflowInput = (safety: Pick<Backup, 'instanceId' | 'subscriptionId' | 'id'>, restoreOf: RestoreOf) => ({
  instanceId: safety.instanceId,
  subscriptionId: safety.subscriptionId,
  backupId: restoreOf.backupId,
  sourceSubscriptionId: restoreOf.sourceSubscriptionId,
  safetyBackupId: safety.id,
});
