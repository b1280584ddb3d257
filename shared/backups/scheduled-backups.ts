import { AppError } from '../errors/app-error';
import { domainEvent } from '../events/domain-event';
import type { Subscription } from '../subscriptions/subscription';
import { allBackupsOf, requestBackup, type BackupDeps } from './backup-operations';
import { dailyBackupHour } from './backup-policy';

/** A RUNNING backup older than this lost its workflow (a crash between the request's write and its start). */
const STALE_AFTER_MS = 3 * 3600 * 1000;
/** A scheduled backup newer than this means today's is done (a retried run, a moved hour). */
const DAILY_MS = 20 * 3600 * 1000;

export interface ScheduledBackupRun {
  hour: number;
  started: number;
  skipped: number;
  settled: number;
  failed: number;
}

const activeSubscriptions = async function* (deps: Pick<BackupDeps, 'subscriptions'>) {
  let cursor: string | undefined;
  do {
    const page = await deps.subscriptions.listAll({ limit: 100, cursor, status: 'ACTIVE' });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
};

/**
 * A RUNNING backup whose workflow never started or died is ended FAILED, and its instance put back RUNNING,
 * so no instance stays BACKING_UP for good.
 */
const settleStale = async (deps: BackupDeps, subscription: Subscription, now: Date): Promise<number> => {
  const stale = (await allBackupsOf(deps, subscription.id)).filter((b) => b.status === 'RUNNING' && now.getTime() - Date.parse(b.createdAt) > STALE_AFTER_MS);
  for (const backup of stale) {
    const reason = 'The backup did not finish within 3 hours';
    const events = [domainEvent('backup.failed', { userId: backup.userId, subscriptionId: backup.subscriptionId, instanceId: backup.instanceId, backupId: backup.id, kind: backup.kind, reason }, now)];
    const instance = await deps.subscriptions.getInstance(backup.instanceId);
    const part = deps.backups.failPart(backup, reason, now);
    if (instance?.status === 'BACKING_UP' && backup.kind !== 'safety') await deps.subscriptions.transitionInstance(instance, 'RUNNING', { updatedAt: now.toISOString() }, events, [part]);
    else await deps.backups.commit([part], events);
  }
  return stale.length;
};

/**
 * The hourly run: every ACTIVE subscription whose instance's backup hour (backup-policy.ts) is this one and
 * that has no scheduled backup of the last 20 hours gets one; stale RUNNING backups are ended. An instance
 * busy with another operation is skipped (the next day's run takes it); any other failure is counted and
 * the run goes on.
 */
export const runScheduledBackups = async (deps: BackupDeps, warn: (message: string, fields: Record<string, unknown>) => void): Promise<ScheduledBackupRun> => {
  const now = deps.now();
  const run: ScheduledBackupRun = { hour: now.getUTCHours(), started: 0, skipped: 0, settled: 0, failed: 0 };
  for await (const subscription of activeSubscriptions(deps)) {
    try {
      run.settled += await settleStale(deps, subscription, now);
      if (dailyBackupHour(subscription.instanceId) !== run.hour) continue;
      const recent = (await allBackupsOf(deps, subscription.id)).some((b) => b.kind === 'scheduled' && now.getTime() - Date.parse(b.createdAt) < DAILY_MS);
      if (recent) {
        run.skipped += 1;
        continue;
      }
      await requestBackup(deps, subscription, 'scheduled');
      run.started += 1;
    } catch (error) {
      if (error instanceof AppError && error.type === 'conflict') {
        run.skipped += 1;
        continue;
      }
      run.failed += 1;
      warn('scheduled backup not started', { subscriptionId: subscription.id, error: (error as Error).message });
    }
  }
  return run;
};
