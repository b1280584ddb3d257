import type { UpgradeBatch } from './upgrade-batch';

/** Batch upgrades' storage port; the DynamoDB adapter is dynamo-upgrade-batch-store.ts. */
export interface UpgradeBatchStore {
  get(serviceSlug: string, fromVersion: string): Promise<{ batch: UpgradeBatch; revision: number } | undefined>;
  /** Writes the batch only at `revision` (0: only when none exists): `conflict` when it changed meanwhile. */
  save(batch: UpgradeBatch, revision: number): Promise<void>;
}
