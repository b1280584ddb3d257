import { periodCharge } from '../billing/period-charge';
import type { LedgerStore } from '../billing/ledger-store';
import { isCommitPartRejected, type CommitPart } from '../data/commit-part';
import { AppError, conflict, notFound } from '../errors/app-error';
import { domainEvent, type DomainEvent } from '../events/domain-event';
import type { Cluster, KubeObject } from '../kubernetes/cluster';
import { suspendedQuota, tenantQuota } from '../provisioning/tenant/resource-quota';
import { instanceSelector } from '../provisioning/tenant/labels';
import { resumePatch, suspendPatch } from '../provisioning/tenant/workload-suspension';
import { workloadKinds } from '../provisioning/steps/instance-kinds';
import { allSubscriptionsOf } from './all-subscriptions';
import { assertInstanceIdle, nextInstanceState, nextSubscriptionState, periodEnd } from './lifecycle';
import type { Instance, Subscription } from './subscription';
import type { SubscriptionStore } from './subscription-store';
import type { WorkflowStarter } from './workflow-starter';

export interface ManageDeps {
  subscriptions: SubscriptionStore;
  workflows: WorkflowStarter;
  cluster: Cluster;
  /** A renewal charges the period it starts, in its own transaction. */
  ledger: Pick<LedgerStore, 'entryParts'>;
  now: () => Date;
}

/** The caller's own subscription; another customer's id is as unknown as one that never existed. */
export const ownSubscription = async (deps: Pick<ManageDeps, 'subscriptions'>, userId: string, id: string): Promise<Subscription> => {
  const subscription = await deps.subscriptions.get(userId, id);
  if (!subscription) throw notFound('The subscription');
  return subscription;
};

const instanceOf = async (deps: Pick<ManageDeps, 'subscriptions'>, subscription: Subscription): Promise<Instance> => {
  const instance = await deps.subscriptions.getInstance(subscription.instanceId);
  if (!instance) throw notFound('The instance');
  return instance;
};

/**
 * Runs a lifecycle change on the subscription as read. When another request changed it in between (a
 * conflict on its state or version), it is read again and the change tried once more, so the loser of a
 * race is answered from the state that won it: applied if that state still allows it, else refused with
 * the state by name. Every change is conditional, so the retry can never apply anything twice.
 */
export const onLatest = async <T>(read: () => Promise<Subscription>, change: (subscription: Subscription) => Promise<T>): Promise<T> => {
  try {
    return await change(await read());
  } catch (error) {
    if (!(error instanceof AppError && error.type === 'conflict')) throw error;
    return change(await read());
  }
};

export const subscriptionInstance = async (deps: Pick<ManageDeps, 'subscriptions'>, userId: string, id: string) =>
  instanceOf(deps, await ownSubscription(deps, userId, id));

/**
 * The end of a subscription, by the customer (cancel) or by the expiry job (expire): CANCELLED or EXPIRED at
 * once, the instance goes DELETING and the deprovisioning workflow removes its objects.
 */
const endSubscription = async (deps: Pick<ManageDeps, 'subscriptions' | 'workflows' | 'now'>, subscription: Subscription, action: 'cancel' | 'expire') => {
  const to = nextSubscriptionState(subscription.status, action);
  const now = deps.now();
  const instance = await instanceOf(deps, subscription);
  assertInstanceIdle(instance, action === 'cancel' ? 'cancel the subscription' : 'expire the subscription');
  const event = action === 'cancel' ? 'subscription.cancelled' : 'subscription.expired';
  const ended = await deps.subscriptions.transitionSubscription(subscription, to, { updatedAt: now.toISOString() }, [
    domainEvent(event, { userId: subscription.userId, subscriptionId: subscription.id }, now),
  ]);
  if (instance.status !== 'DELETING' && instance.status !== 'DELETED') {
    await deps.subscriptions.transitionInstance(instance, nextInstanceState(instance.status, 'delete'), { updatedAt: now.toISOString() }, []);
  }
  await deps.workflows.start('deprovision-instance', instance.id, { instanceId: instance.id });
  return ended;
};

export const cancelSubscription = (deps: Pick<ManageDeps, 'subscriptions' | 'workflows' | 'now'>, subscription: Subscription) => endSubscription(deps, subscription, 'cancel');

/** A subscription suspended for payment whose grace period ran out: EXPIRED, and deprovisioned like a cancel. */
export const expireSubscription = (deps: Pick<ManageDeps, 'subscriptions' | 'workflows' | 'now'>, subscription: Subscription) => endSubscription(deps, subscription, 'expire');

/** The customer is told once per period that it ends soon (subscription.expiring); the index moves it to its end. */
export const noticeExpiring = (deps: Pick<ManageDeps, 'subscriptions' | 'now'>, subscription: Subscription) => {
  const now = deps.now();
  const end = subscription.currentPeriodEnd;
  if (subscription.status !== 'ACTIVE' || !end) throw new AppError('conflict', `Cannot give notice of the end of a ${subscription.status} subscription.`);
  return deps.subscriptions.transitionSubscription(subscription, 'ACTIVE', { expiringNoticeFor: end, updatedAt: now.toISOString() }, [
    domainEvent('subscription.expiring', { userId: subscription.userId, subscriptionId: subscription.id, currentPeriodEnd: end }, now),
  ]);
};

/**
 * The namespace quota after a suspension or resumption: what the customer's running instances need, or all
 * zeros when none runs, so nothing new starts in a suspended namespace.
 */
const applyQuota = async (deps: ManageDeps, userId: string, running: (s: Subscription) => boolean) => {
  const instances = await Promise.all((await allSubscriptionsOf(deps.subscriptions, userId)).filter(running).map((s) => deps.subscriptions.getInstance(s.instanceId)));
  const limits = instances.filter((i): i is Instance => Boolean(i)).map((i) => i.resources);
  const quota = limits.length ? tenantQuota({ userId, limits }) : suspendedQuota({ userId });
  await deps.cluster.apply([quota as unknown as KubeObject]);
};

/** Scales the instance's workloads to zero (recording their replicas), or back to what was recorded. */
const scaleWorkloads = async (deps: ManageDeps, instance: Instance, direction: 'down' | 'up') => {
  for (const kind of workloadKinds) {
    for (const workload of await deps.cluster.list(kind, { namespace: instance.namespace, labelSelector: instanceSelector(instance.id) })) {
      const patch = direction === 'down' ? suspendPatch(workload as never) : resumePatch(workload as never);
      if (patch) await deps.cluster.mergePatch(kind, workload.metadata.name, instance.namespace, patch as unknown as Record<string, unknown>);
    }
  }
};

export const suspendSubscription = async (deps: ManageDeps, subscription: Subscription, reason: 'admin' | 'payment') => {
  const to = nextSubscriptionState(subscription.status, 'suspend');
  const instance = await instanceOf(deps, subscription);
  assertInstanceIdle(instance, 'suspend the subscription');
  const now = deps.now();
  await scaleWorkloads(deps, instance, 'down');
  await applyQuota(deps, subscription.userId, (s) => s.status === 'ACTIVE' && s.id !== subscription.id);
  await deps.subscriptions.transitionInstance(instance, nextInstanceState(instance.status, 'suspend'), { updatedAt: now.toISOString() }, []);
  return deps.subscriptions.transitionSubscription(subscription, to, { suspendedReason: reason, suspendedAt: now.toISOString(), updatedAt: now.toISOString() }, [
    domainEvent('subscription.suspended', { userId: subscription.userId, subscriptionId: subscription.id, reason }, now),
  ]);
};

export const resumeSubscription = async (deps: ManageDeps, subscription: Subscription) => {
  const to = nextSubscriptionState(subscription.status, 'resume');
  const instance = await instanceOf(deps, subscription);
  assertInstanceIdle(instance, 'resume the subscription');
  const now = deps.now();
  await applyQuota(deps, subscription.userId, (s) => s.status === 'ACTIVE' || s.id === subscription.id);
  await scaleWorkloads(deps, instance, 'up');
  await deps.subscriptions.transitionInstance(instance, nextInstanceState(instance.status, 'resume'), { updatedAt: now.toISOString() }, []);
  return deps.subscriptions.transitionSubscription(subscription, to, { suspendedReason: undefined, suspendedAt: undefined, updatedAt: now.toISOString() }, [
    domainEvent('subscription.resumed', { userId: subscription.userId, subscriptionId: subscription.id }, now),
  ]);
};

/**
 * What a renewal commits besides the new period: the payment that bought it (its ledger entry as a part, so
 * a payment event delivered twice renews once, and `payment.succeeded`).
 */
export interface RenewalAlong {
  events?: readonly DomainEvent[];
  parts?: readonly CommitPart[];
}

/**
 * One more billing period, counted from the end of the current one (or from now if it already ended), and
 * its charge (the plan's price, keyed by the subscription and the period's start) in the same transaction.
 * Two renewals computed from the same reading meet on that charge as well as on the version: the loser is
 * a conflict, read again by onLatest. An administrator's suspension is not lifted by paying: that needs an
 * administrator.
 */
export const renewSubscription = async (deps: ManageDeps, subscription: Subscription, along: RenewalAlong = {}) => {
  nextSubscriptionState(subscription.status, 'renew');
  if (subscription.status === 'SUSPENDED' && subscription.suspendedReason === 'admin') {
    throw new AppError('conflict', 'The subscription was suspended by an administrator; renewing does not lift that.');
  }
  const now = deps.now();
  const from = subscription.currentPeriodEnd && Date.parse(subscription.currentPeriodEnd) > now.getTime() ? new Date(subscription.currentPeriodEnd) : now;
  const resumed = subscription.status === 'SUSPENDED' ? await resumeSubscription(deps, subscription) : subscription;
  const end = periodEnd(from, subscription.billingPeriod).toISOString();
  const charge = deps.ledger.entryParts(periodCharge(subscription, { start: from.toISOString(), end }, now));
  try {
    return await deps.subscriptions.transitionSubscription(
      resumed,
      'ACTIVE',
      { currentPeriodEnd: end, updatedAt: now.toISOString() },
      [domainEvent('subscription.renewed', { userId: subscription.userId, subscriptionId: subscription.id, currentPeriodEnd: end }, now), ...(along.events ?? [])],
      [...(along.parts ?? []), ...charge],
    );
  } catch (error) {
    if (isCommitPartRejected(error) && charge.includes(error.part)) {
      throw conflict('The subscription was renewed for this period by another request meanwhile; read it again.');
    }
    throw error;
  }
};
