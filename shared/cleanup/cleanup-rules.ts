import type { KubeObject } from '../kubernetes/cluster';
import { namespaceName } from '../provisioning/tenant/kubernetes-names';
import { labelKeys, platformName } from '../provisioning/tenant/labels';
import { liveSubscriptionStates, type InstanceState } from '../subscriptions/lifecycle';
import type { Instance, Subscription } from '../subscriptions/subscription';
import type { UnsettledInstance, UnsettledState } from '../subscriptions/unsettled-instances';

/**
 * What the daily cleanup job judges, as pure rules: when an unsettled instance is stuck, and which of the
 * platform's namespaces nothing live owns any more.
 */
export interface CleanupSettings {
  /** Minutes an instance may stay PROVISIONING (from its request) before it is failed and rolled back. */
  provisioningDeadlineMinutes: number;
  /** Minutes an instance may stay DELETING before the job finishes its deprovisioning. */
  deletingDeadlineMinutes: number;
  /** A labelled namespace younger than this is never deleted, so a provisioning in flight is never touched. */
  namespaceMinAgeMinutes: number;
}

/**
 * Two hours for a provisioning, an hour for the rest. The provisioning workflow's worst case is about 80
 * minutes: seven task states on its path that may each time out (60 s) five times with backoff (5.5 minutes
 * each), the slowest template's rollout deadline (its probes' budget: 280 polls of 5 s for Ghost and
 * WordPress) and a Terminating namespace waited for 10 minutes; the deprovisioning's is about 28 (five such
 * states). The deadlines stay above them, so the job never races a workflow that is still running
 * (test/unit/cleanup/cleanup-rules.test.ts checks the arithmetic).
 */
export const defaultCleanupSettings: CleanupSettings = { provisioningDeadlineMinutes: 120, deletingDeadlineMinutes: 60, namespaceMinAgeMinutes: 60 };

const MINUTE_MS = 60_000;

/** How far back each state's query reaches as of `now`: an instance that entered it by then is stuck. */
export const stuckUntil = (now: Date, settings: CleanupSettings): Record<UnsettledState, string> => ({
  PROVISIONING: new Date(now.getTime() - settings.provisioningDeadlineMinutes * MINUTE_MS).toISOString(),
  DELETING: new Date(now.getTime() - settings.deletingDeadlineMinutes * MINUTE_MS).toISOString(),
});

export type StuckAction = 'fail' | 'finish';

/**
 * What to do with an instance the index listed, judged on a fresh read of it: fail one stuck PROVISIONING,
 * finish one stuck DELETING; nothing when it has moved on since it was indexed (or is gone), or is not past
 * its deadline yet.
 */
export const stuckAction = (listed: UnsettledInstance, current: Instance | undefined, now: Date, settings: CleanupSettings): StuckAction | undefined => {
  const state = listed.instance.status;
  if (!current || current.status !== state || (state !== 'PROVISIONING' && state !== 'DELETING')) return undefined;
  if (listed.since > stuckUntil(now, settings)[state]) return undefined;
  return state === 'PROVISIONING' ? 'fail' : 'finish';
};

/** The failure a stuck provisioning is marked with, in the workflow's own shape (its `$.failure`). */
export const provisioningDeadlineFailure = (settings: CleanupSettings) => ({
  Error: 'ProvisioningDeadline',
  Cause: `Still PROVISIONING ${settings.provisioningDeadlineMinutes} minutes after it was requested; the cleanup job rolled it back`,
});

/** The platform's customer namespaces, cluster-wide, in one label-selected list. */
export const tenantNamespaceSelector = `${labelKeys.managedBy}=${platformName},${labelKeys.customer}`;

export type NamespaceVerdict = { kind: 'owner'; userId: string } | { kind: 'keep'; reason: 'not-the-platforms' | 'terminating' | 'young' };

const timeOf = (value: unknown): number => (value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN);

/**
 * Whether a listed namespace may be judged by its owner's records, and whose they are. Kept without looking
 * further: one not named after the customer its label names (not the platform's own making), one already
 * being deleted, and one younger than the margin (or of unknown age).
 */
export const namespaceVerdict = (namespace: KubeObject, now: Date, settings: CleanupSettings): NamespaceVerdict => {
  const metadata = namespace.metadata as KubeObject['metadata'] & { creationTimestamp?: unknown; deletionTimestamp?: unknown };
  const label = metadata.labels?.[labelKeys.customer];
  const userId = label?.toUpperCase();
  let named = false;
  try {
    named = metadata.labels?.[labelKeys.managedBy] === platformName && userId !== undefined && namespaceName(userId) === metadata.name;
  } catch {
    named = false; // a label value no user id could have
  }
  if (!named || !userId) return { kind: 'keep', reason: 'not-the-platforms' };
  if (metadata.deletionTimestamp || (namespace.status as { phase?: string } | undefined)?.phase === 'Terminating') return { kind: 'keep', reason: 'terminating' };
  const created = timeOf(metadata.creationTimestamp);
  if (Number.isNaN(created) || now.getTime() - created < settings.namespaceMinAgeMinutes * MINUTE_MS) return { kind: 'keep', reason: 'young' };
  return { kind: 'owner', userId };
};

/** States an instance never leaves: nothing of it runs or will run again. */
export const finalInstanceStates: readonly InstanceState[] = ['FAILED', 'DELETED'];

/**
 * Whether a customer still has something that lives in their namespace: a subscription that runs or may
 * run again, or an instance not yet FAILED or DELETED (a cancelled subscription's instance still DELETING).
 */
export const ownsLiveWork = (subscriptions: readonly Subscription[], instances: readonly (Instance | undefined)[]): boolean =>
  subscriptions.some((s) => liveSubscriptionStates.includes(s.status)) || instances.some((i) => i !== undefined && !finalInstanceStates.includes(i.status));
