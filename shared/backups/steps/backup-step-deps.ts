import type { ServiceStore } from '../../catalog/service-store';
import type { Cluster } from '../../kubernetes/cluster';
import type { SubscriptionStore } from '../../subscriptions/subscription-store';
import type { ArchiveStore } from '../archive-store';
import type { BackupStore } from '../backup-store';

/** What the backup and restore workflows' steps need, passed in. */
export interface BackupStepDeps {
  subscriptions: SubscriptionStore;
  backups: BackupStore;
  archives: ArchiveStore;
  services: Pick<ServiceStore, 'get'>;
  cluster: Cluster;
  /** The backup Job's image (backup-job/Dockerfile), a stack setting. */
  jobImage: string;
  now: () => Date;
}

/** How a Job is judged, written by the check steps for the Choice after them. */
export interface JobStatus {
  succeeded: boolean;
  failed: boolean;
  reason: string;
}

/** The state the backup and restore workflows carry (JSONPath, the whole state in and out). */
export interface BackupWorkflowState {
  instanceId: string;
  subscriptionId: string;
  /** The backup taken (backup-instance), or the one restored (restore-instance). */
  backupId: string;
  /** restore-instance: the subscription the restored backup belongs to (another one for a clone). */
  sourceSubscriptionId?: string;
  /** restore-instance into the same instance: the backup of the data it replaces. Absent for a clone. */
  safetyBackupId?: string;
  /** Names the restore's Jobs: the safety backup's id, or the clone's instance id. */
  restoreId?: string;
  job?: JobStatus;
  jobPolls?: number;
  maxJobPolls?: number;
  jobPollSeconds?: number;
  /** restore-instance into a clone: its instance is still provisioning, and how many checks saw it so. */
  instanceProvisioning?: boolean;
  provisioningWaits?: number;
  pollCount?: number;
  maxPolls?: number;
  pollSeconds?: number;
  rollout?: { ready: boolean; failed: boolean; reason?: string };
  failure?: { Error?: string; Cause?: string };
  [key: string]: unknown;
}
