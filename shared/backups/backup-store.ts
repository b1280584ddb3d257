import type { Page } from '../catalog/service-store';
import type { CommitPart } from '../data/commit-part';
import type { DomainEvent } from '../events/domain-event';
import type { Backup, BackupStatus } from './backup';
import type { UpgradeOf } from '../upgrades/upgrade';
import type { RestoreOf } from './workflow-inputs';

export interface AdminBackupQuery {
  limit: number;
  cursor?: string;
  status?: BackupStatus;
  userId?: string;
}

/** Backups' storage port; the DynamoDB adapter is dynamo-backup-store.ts. */
export interface BackupStore {
  /**
   * A new RUNNING backup, committed with the instance's move to BACKING_UP or RESTORING (a part of it). A
   * restore's safety backup also records what it makes way for, so the restore can be started from the
   * committed record (workflow-inputs.ts).
   */
  createPart(backup: Backup, restoreOf?: RestoreOf, upgradeOf?: UpgradeOf): CommitPart;
  /** What a pre-upgrade backup was taken for (shared/upgrades), as its record keeps it. */
  upgradeOf(subscriptionId: string, backupId: string): Promise<UpgradeOf | undefined>;
  /**
   * The answer to an `Idempotency-Key` of a backup request, committed with it: a repeated key finds the
   * first request's backup (`replayOf`) instead of starting another.
   */
  idempotencyPart(userId: string, key: string, requestHash: string, backupId: string): CommitPart;
  replayOf(userId: string, key: string): Promise<{ backupId: string; requestHash: string } | undefined>;
  get(subscriptionId: string, backupId: string): Promise<Backup | undefined>;
  /** Newest first. */
  listForSubscription(subscriptionId: string, page: { limit: number; cursor?: string }): Promise<Page<Backup>>;
  /** FAILED first, then RUNNING, then COMPLETED, each newest first; or one status, or one customer's. */
  listAll(query: AdminBackupQuery): Promise<Page<Backup>>;
  /** RUNNING → COMPLETED (size, checksum) with the customer's usage, as a part of the instance's move back. */
  completePart(backup: Backup, result: { sizeBytes: number; sha256: string }, now: Date): CommitPart[];
  /** RUNNING → FAILED with the reason, as a part. */
  failPart(backup: Backup, reason: string, now: Date): CommitPart;
  /** Commits parts that move no instance (a restore's safety backup), with their events. */
  commit(parts: readonly CommitPart[], events: readonly DomainEvent[]): Promise<void>;
  /** Removes a finished backup's record and takes its size off the customer's usage; a RUNNING one is a conflict. */
  delete(backup: Backup): Promise<void>;
  usageOf(userId: string): Promise<{ count: number; sizeBytes: number }>;
}
