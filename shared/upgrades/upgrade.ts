import * as z from 'zod';
import { versionNameSchema } from '../catalog/service-version';
import { instanceStates } from '../subscriptions/lifecycle';

/**
 * An upgrade of an instance to another version of its app (issue 19). It travels with its pre-upgrade
 * backup: the backup's id is the upgrade's id (and the workflow execution's name), and the backup's record
 * carries `upgradeOf`, so the workflow can be started again from the committed record.
 */
export interface UpgradeOf {
  fromVersion: string;
  fromImage: string;
  toVersion: string;
  toImage: string;
  /** The admin batch upgrade that asked for it, if any. */
  batchId?: string;
}

export const upgradeRequestSchema = z
  .strictObject({ version: versionNameSchema.meta({ description: 'The version to move to: newer than the instance’s, not end-of-life' }) })
  .meta({ id: 'UpgradeRequest' });

export const upgradeAcceptedSchema = z
  .object({
    upgradeId: z.string().meta({ description: 'Also the id of the pre-upgrade backup the workflow takes first' }),
    version: z.string().meta({ example: '1.65.0' }),
    fromVersion: z.string().meta({ example: '1.64.0' }),
    status: z.enum(instanceStates).meta({ description: 'The instance’s state: UPGRADING until the workflow ends', example: 'UPGRADING' }),
  })
  .meta({ id: 'UpgradeAccepted' });

export type UpgradeRequest = z.infer<typeof upgradeRequestSchema>;
export type UpgradeAccepted = z.infer<typeof upgradeAcceptedSchema>;

/**
 * The upgrade workflow's input: the pre-upgrade backup is also the "safety" backup of the restore steps it
 * reuses (safetyBackupId, restoreId name their Jobs), so a failed upgrade puts that backup back with them.
 */
export const upgradeWorkflowInput = (backup: { id: string; instanceId: string; subscriptionId: string }, upgradeOf: UpgradeOf) => ({
  instanceId: backup.instanceId,
  subscriptionId: backup.subscriptionId,
  backupId: backup.id,
  safetyBackupId: backup.id,
  restoreId: backup.id,
  fromVersion: upgradeOf.fromVersion,
  fromImage: upgradeOf.fromImage,
  toVersion: upgradeOf.toVersion,
  toImage: upgradeOf.toImage,
});
