import type { Plan } from '../catalog/service';

/** A plan that says nothing keeps a week of dailies: what the small plans of comparable platforms keep. */
export const DEFAULT_BACKUPS_KEPT = 7;
/** Manual and pre-upgrade backups a customer may hold beside the dailies. */
export const EXTRA_BACKUPS_ALLOWED = 10;

export interface BackupAllowance {
  /** Scheduled backups kept; the oldest beyond this are deleted after each new one. */
  keep: number;
  /** Every backup of the instance (scheduled, manual, pre-upgrade, safety): a new manual one past it is a 409. */
  maxCount: number;
  maxTotalBytes: number;
}

const GiB = 1024 ** 3;

export const backupAllowance = (plan: Pick<Plan, 'backups' | 'limits'>): BackupAllowance => {
  const keep = plan.backups?.keep ?? DEFAULT_BACKUPS_KEPT;
  return {
    keep,
    maxCount: keep + EXTRA_BACKUPS_ALLOWED,
    maxTotalBytes: (plan.backups?.maxTotalGiB ?? plan.limits.storageGiB * 10) * GiB,
  };
};

/**
 * When an instance's daily backup is due: an hour of the day derived from its id, so the platform's
 * backups spread over the day instead of all starting at midnight (every instance keeps its hour).
 */
export const dailyBackupHour = (instanceId: string): number => {
  let hash = 0;
  for (const char of instanceId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 24;
};
