import * as z from 'zod';
import { versionNameSchema } from '../catalog/service-version';

/**
 * An administrators' upgrade of every instance on one version (issue 19: security releases), in batches:
 * one per service and source version. It pauses on the first failure; a POST on a PAUSED batch resumes it
 * (the instances that failed stay on their version and are not retried); a POST on a COMPLETED one starts
 * a new one.
 */
export const upgradeBatchStatuses = ['RUNNING', 'PAUSED', 'COMPLETED'] as const;
export type UpgradeBatchStatus = (typeof upgradeBatchStatuses)[number];

export const startUpgradeBatchSchema = z
  .strictObject({
    toVersion: versionNameSchema.meta({ description: 'The version every instance moves to: newer, not end-of-life' }),
    batchSize: z.number().int().min(1).max(50).meta({ description: 'Instances upgraded at a time; the next batch starts when they have all ended', example: 5 }),
  })
  .meta({ id: 'StartUpgradeBatch' });

export const upgradeBatchSchema = z
  .object({
    id: z.string().meta({ description: 'Changes when a PAUSED batch is resumed or a new one replaces a COMPLETED one' }),
    serviceSlug: z.string(),
    fromVersion: z.string(),
    toVersion: z.string(),
    batchSize: z.number().int(),
    status: z.enum(upgradeBatchStatuses),
    total: z.number().int().meta({ description: 'Live instances on the version when the batch started' }),
    upgraded: z.number().int(),
    failed: z.number().int(),
    inProgress: z.number().int().meta({ description: 'Upgrades of the current batch still running' }),
    remaining: z.number().int().meta({ description: 'Live instances still on the version, less those that failed' }),
    failure: z
      .object({ instanceId: z.string().optional().meta({ description: 'The instance whose upgrade failed; absent when the batch workflow itself stopped' }), reason: z.string() })
      .optional()
      .meta({ description: 'The failure that paused it' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'UpgradeBatch' });

export type UpgradeBatchView = z.infer<typeof upgradeBatchSchema>;

/** What is stored: the view's counters and the ids it works through (bounded by the batch size and the failures it allows). */
export interface UpgradeBatch extends Omit<UpgradeBatchView, 'inProgress' | 'remaining'> {
  inFlight: string[];
  /** Instances that failed or could not be upgraded (not ACTIVE): never picked again by this batch. */
  passed: string[];
}

export type StartUpgradeBatch = z.infer<typeof startUpgradeBatchSchema>;
