/**
 * What one backup or restore Job of an instance may use (shared/backups/backup-job.ts). The namespace's
 * quota holds this much per live instance beside its plan: a plan's app and database use all of theirs, so
 * without it the real quota admission refuses the Job's pod ("exceeded quota", seen on the real control
 * plane). One operation at a time per instance (BACKING_UP, RESTORING), so one Job's worth is enough.
 */
export const OPERATION_JOB_ROOM = {
  requests: { cpuMillicores: 100, memoryMiB: 128 },
  limits: { cpuMillicores: 500, memoryMiB: 512 },
} as const;
