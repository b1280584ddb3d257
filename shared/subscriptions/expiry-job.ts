import { AppError } from '../errors/app-error';
import { errorFields } from '../logging/error-fields';
import { type DueAction, type DuePhase, dueAction, dueUntil, type ExpirySettings } from './expiry';
import { expireSubscription, type ManageDeps, noticeExpiring, suspendSubscription } from './manage-subscription';

export interface ExpiryRun {
  at: string;
  /** Subscriptions the due index returned, per phase: the job's whole read cost follows these. */
  read: Record<DuePhase, number>;
  done: Record<DueAction, number>;
  /** Changed since indexed, or raced by a second run: nothing to do, nothing done twice. */
  skipped: number;
  failed: number;
}

const PAGE = 100;

/**
 * The expiry job (hourly): reads only what is due from the due index, never the whole table, and acts on
 * each subscription with a conditional write, so two runs at once or a re-run after a crash do each thing
 * once. A failure on one subscription is counted and left for the next run.
 */
export const runExpiry = async (deps: ManageDeps, settings: ExpirySettings, log: (message: string, fields: Record<string, unknown>) => void): Promise<ExpiryRun> => {
  const now = deps.now();
  const until = dueUntil(now, settings);
  const run: ExpiryRun = { at: now.toISOString(), read: { NOTICE: 0, END: 0, GRACE: 0 }, done: { 'notify-expiring': 0, suspend: 0, expire: 0 }, skipped: 0, failed: 0 };
  // END first: a subscription past its end is suspended, not first told it ends soon.
  for (const phase of ['END', 'NOTICE', 'GRACE'] as const) {
    let cursor: string | undefined;
    do {
      const page = await deps.subscriptions.listDue(phase, until[phase], { limit: PAGE, cursor });
      run.read[phase] += page.items.length;
      for (const subscription of page.items) {
        const action = dueAction(subscription, now, settings);
        if (!action) {
          run.skipped += 1;
          continue;
        }
        try {
          if (action === 'notify-expiring') await noticeExpiring(deps, subscription);
          else if (action === 'suspend') await suspendSubscription(deps, subscription, 'payment');
          else await expireSubscription(deps, subscription);
          run.done[action] += 1;
        } catch (error) {
          if (error instanceof AppError && error.type === 'conflict') {
            run.skipped += 1;
            continue;
          }
          run.failed += 1;
          log('expiry: a subscription failed, left for the next run', { subscriptionId: subscription.id, action, ...errorFields(error) });
        }
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
  return run;
};
