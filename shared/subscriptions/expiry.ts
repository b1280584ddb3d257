import type { Subscription } from './subscription';

/**
 * When a subscription that is not renewed comes due (DESIGN section 7, "Expiry"), as pure rules: the
 * customer is told a notice period before the end, the instance is suspended at the end (data kept), and
 * after a grace period the subscription expires and the instance is deprovisioned. A renewal or payment in
 * the grace period resumes it. Only suspensions for payment run out; an administrator's stays until lifted.
 */
export interface ExpirySettings {
  noticeDays: number;
  graceDays: number;
}

export const defaultExpirySettings: ExpirySettings = { noticeDays: 7, graceDays: 7 };

/** The phases of the due index: which date a subscription in it is sorted by. */
export type DuePhase = 'NOTICE' | 'END' | 'GRACE';
export type DueAction = 'notify-expiring' | 'suspend' | 'expire';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The phase a subscription sits in, and the date it is sorted by, or undefined when nothing can come due.
 * Settings-free on purpose: the index holds the subscription's own dates, the job applies the periods.
 */
export const duePhaseOf = (subscription: Subscription): { phase: DuePhase; at: string } | undefined => {
  if (subscription.status === 'ACTIVE' && subscription.currentPeriodEnd) {
    const noticeSent = subscription.expiringNoticeFor === subscription.currentPeriodEnd;
    return { phase: noticeSent ? 'END' : 'NOTICE', at: subscription.currentPeriodEnd };
  }
  if (subscription.status === 'SUSPENDED' && subscription.suspendedReason === 'payment' && subscription.suspendedAt) {
    return { phase: 'GRACE', at: subscription.suspendedAt };
  }
  return undefined;
};

/** How far each phase's query reaches, as of `now`: the dates up to which its subscriptions are due. */
export const dueUntil = (now: Date, settings: ExpirySettings): Record<DuePhase, string> => ({
  NOTICE: new Date(now.getTime() + settings.noticeDays * DAY_MS).toISOString(),
  END: now.toISOString(),
  GRACE: new Date(now.getTime() - settings.graceDays * DAY_MS).toISOString(),
});

/**
 * What the job does with a subscription as of `now`, or nothing (it changed since it was indexed, or is
 * not due yet). A subscription whose end has passed is suspended even if the notice never went out.
 */
export const dueAction = (subscription: Subscription, now: Date, settings: ExpirySettings): DueAction | undefined => {
  const phase = duePhaseOf(subscription);
  if (!phase) return undefined;
  const until = dueUntil(now, settings);
  if (phase.phase === 'GRACE') return phase.at <= until.GRACE ? 'expire' : undefined;
  if (phase.at <= until.END) return 'suspend';
  if (phase.phase === 'NOTICE' && phase.at <= until.NOTICE) return 'notify-expiring';
  return undefined;
};
