import { AppError } from '../errors/app-error';
import { errorFields } from '../logging/error-fields';
import type { ProvisioningDeps } from '../provisioning/steps/provisioning-deps';
import { unsettledStates, type UnsettledState } from '../subscriptions/unsettled-instances';
import { type CleanupSettings, stuckAction, stuckUntil } from './cleanup-rules';
import { type OrphanSweep, sweepOrphanNamespaces } from './orphan-namespaces';
import { settleStuckInstance } from './stuck-instances';

export interface CleanupRun extends OrphanSweep {
  at: string;
  /** Instances the unsettled index returned past their deadline, per state: the job's reads follow these. */
  read: Record<UnsettledState, number>;
  /** Stuck PROVISIONING, failed and rolled back by this run. */
  stuckFailed: number;
  /** Stuck DELETING, deprovisioned to DELETED by this run. */
  stuckFinished: number;
  /** Moved on since indexed, or settled by a run at the same time: nothing to do, nothing done twice. */
  skipped: number;
}

const PAGE = 100;

/** Errors that mean "someone else got there first": the instance changed meanwhile, or is gone. */
const isRaced = (error: unknown) => (error instanceof AppError && error.type === 'conflict') || (error instanceof Error && error.name === 'InstanceNotFound');

/**
 * The cleanup job (daily). First the instances stuck in PROVISIONING or DELETING past their deadline, read
 * from their sparse index (never the table), each settled by the workflows' own steps; then the platform's
 * namespaces that nothing live owns. A failure on one item is counted and left for the next run.
 */
export const runCleanup = async (deps: ProvisioningDeps, settings: CleanupSettings, log: (message: string, fields: Record<string, unknown>) => void): Promise<CleanupRun> => {
  const now = deps.now();
  const until = stuckUntil(now, settings);
  const read = { PROVISIONING: 0, DELETING: 0 };
  let stuckFailed = 0;
  let stuckFinished = 0;
  let skipped = 0;
  let failed = 0;
  for (const state of unsettledStates) {
    let cursor: string | undefined;
    do {
      const page = await deps.subscriptions.listUnsettled(state, until[state], { limit: PAGE, cursor });
      read[state] += page.items.length;
      for (const listed of page.items) {
        try {
          const action = stuckAction(listed, await deps.subscriptions.getInstance(listed.instance.id), now, settings);
          const moved = action ? await settleStuckInstance(deps, listed.instance.id, action, settings) : false;
          if (!moved) skipped += 1;
          else if (action === 'fail') stuckFailed += 1;
          else stuckFinished += 1;
        } catch (error) {
          if (isRaced(error)) {
            skipped += 1;
            continue;
          }
          failed += 1;
          log('cleanup: a stuck instance could not be settled, left for the next run', { instanceId: listed.instance.id, state, ...errorFields(error) });
        }
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
  const sweep = await sweepOrphanNamespaces(deps, settings, log);
  return { at: now.toISOString(), read, stuckFailed, stuckFinished, skipped, ...sweep, failed: failed + sweep.failed };
};
