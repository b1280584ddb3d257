import { domainEvent } from '../../events/domain-event';
import type { KubeObject } from '../../kubernetes/cluster';
import { allocatableOf } from '../../provisioning/placement';
import { parseQuantity } from '../../provisioning/quantity';
import { failureReason } from '../../provisioning/steps/failure-reason';
import { TerminalStepError, type ProvisioningDeps, type WorkflowState } from '../../provisioning/steps/provisioning-deps';
import { rerenderInstance } from '../../provisioning/templates/rerender-instance';
import { instanceSelector } from '../../provisioning/tenant/labels';
import type { PlanLimits } from '../../provisioning/tenant/resource-quota';
import { tenantObjects } from '../../provisioning/tenant/tenant-objects';
import { allSubscriptionsOf } from '../../subscriptions/all-subscriptions';
import { liveSubscriptionStates } from '../../subscriptions/lifecycle';
import type { Instance } from '../../subscriptions/subscription';
import type { PlanChange } from '../plan-change';
import { planChangeEntry } from '../proration';

/** The resize workflow's state: the provisioning state (its rollout check is provisioning's own) and the change. */
export type ResizeState = WorkflowState & { subscriptionId: string; planChangeId: string };

type Resizing = Instance & { planChange: PlanChange };

/** The RESIZING instance holding this very change; anything else is not this workflow's to touch. */
const resizingOf = async (deps: ProvisioningDeps, state: ResizeState): Promise<Resizing | undefined> => {
  const instance = await deps.subscriptions.getInstance(state.instanceId);
  if (!instance) throw new TerminalStepError('InstanceNotFound', `No instance ${state.instanceId}`);
  return instance.status === 'RESIZING' && instance.planChange?.id === state.planChangeId ? (instance as Resizing) : undefined;
};

const mustBeResizing = async (deps: ProvisioningDeps, state: ResizeState): Promise<Resizing> => {
  const instance = await resizingOf(deps, state);
  if (!instance) throw new TerminalStepError('PlanChangeNotPending', `The instance is not RESIZING for the plan change ${state.planChangeId}`);
  return instance;
};

/** Each of CPU, memory and storage at the larger of the two: what the instance may hold while it moves. */
const larger = (a: PlanLimits, b: PlanLimits): PlanLimits => ({
  cpuMillicores: Math.max(a.cpuMillicores, b.cpuMillicores),
  memoryMiB: Math.max(a.memoryMiB, b.memoryMiB),
  storageGiB: Math.max(a.storageGiB, b.storageGiB),
});

/**
 * The namespace's quota and limit range, sized for the customer's live instances with this one at `limits`:
 * they are sums of the plans of the namespace's instances, so a plan change re-applies them.
 */
const applyTenantPolicy = async (deps: ProvisioningDeps, instance: Instance, limits: PlanLimits) => {
  const live = (await allSubscriptionsOf(deps.subscriptions, instance.userId)).filter(
    (s) => s.id !== instance.subscriptionId && (liveSubscriptionStates as readonly string[]).includes(s.status),
  );
  const others = (await Promise.all(live.map((s) => deps.subscriptions.getInstance(s.instanceId)))).filter((i): i is Instance => Boolean(i));
  await deps.cluster.apply(tenantObjects({ userId: instance.userId, limits: [...others.map((i) => i.resources), limits] }) as unknown as KubeObject[]);
};


const claimKind = { apiVersion: 'v1', kind: 'PersistentVolumeClaim' } as const;
const requestedBytes = (claim: KubeObject) => parseQuantity(String((claim.spec as { resources?: { requests?: { storage?: string } } } | undefined)?.resources?.requests?.storage ?? '0')) ?? 0;

/**
 * Volumes only grow: a claim the cluster holds larger than rendered keeps its size (a rollback after the
 * new plan expanded it). Says whether any did.
 */
const keepGrownClaims = async (deps: ProvisioningDeps, instance: Instance, objects: KubeObject[]) => {
  const existing = await deps.cluster.list(claimKind, { namespace: instance.namespace, labelSelector: instanceSelector(instance.id) });
  let grown = false;
  const kept = objects.map((object) => {
    if (object.kind !== 'PersistentVolumeClaim') return object;
    const current = existing.find((claim) => claim.metadata.name === object.metadata.name);
    if (!current || requestedBytes(current) <= requestedBytes(object)) return object;
    grown = true;
    const spec = object.spec as { resources: { requests: Record<string, string> } };
    return { ...object, spec: { ...spec, resources: { ...spec.resources, requests: { ...spec.resources.requests, storage: String((current.spec as { resources: { requests: { storage: string } } }).resources.requests.storage) } } } };
  });
  return { objects: kept, grown };
};

/** The instance's reservation on its node set to `limits`; `no-room` is a terminal failure (NoCapacityError). */
const reserve = async (deps: ProvisioningDeps, instance: Instance, limits: PlanLimits) => {
  if (!instance.nodeName) return;
  const node = await deps.nodes.get(instance.nodeName);
  if (!node) return;
  const outcome = await deps.nodes.resizeReservation(node.name, instance.id, { cpuMillicores: limits.cpuMillicores, memoryMiB: limits.memoryMiB }, allocatableOf(node));
  if (outcome === 'no-room') throw new TerminalStepError('NoCapacityError', `The node ${node.name} has no room for ${limits.cpuMillicores} millicores and ${limits.memoryMiB} MiB`);
};

/** The change is still this workflow's (a repeated start finds the instance already settled: nothing to do). */
export const loadPlanChange = async (deps: ProvisioningDeps, state: ResizeState): Promise<ResizeState> => {
  const instance = await mustBeResizing(deps, state);
  return { ...state, userId: instance.userId, pollCount: 0 };
};

/**
 * Before anything changes in the cluster: the node reservation grows to the larger of the two plans (the
 * request checked there was room; a node filled since fails the change here, with nothing applied), the
 * quota and limits admit the larger of the two, then the app's objects are applied with the new plan's
 * resources, and a claim whose new size is larger is expanded (the StorageClass must allow expansion:
 * EKS's gp3 classes do).
 */
export const applyNewPlan = async (deps: ProvisioningDeps, state: ResizeState): Promise<ResizeState> => {
  const instance = await mustBeResizing(deps, state);
  const { fromLimits, toLimits } = instance.planChange;
  await reserve(deps, instance, larger(fromLimits, toLimits));
  await applyTenantPolicy(deps, instance, larger(fromLimits, toLimits));
  await deps.cluster.apply(rerenderInstance(deps, instance, { limits: toLimits }));
  await deps.subscriptions.addInstanceStep(
    instance.id,
    'new plan applied',
    `${toLimits.cpuMillicores}m CPU, ${toLimits.memoryMiB} MiB, ${toLimits.storageGiB} GiB${toLimits.storageGiB > fromLimits.storageGiB ? ' (volumes expanded)' : ''}`,
    state.planChangeId,
  );
  return { ...state, pollCount: 0 };
};

/**
 * The new plan runs: the quota and the node reservation shrink to it, then, in one transaction, the
 * instance RUNNING on the new resources, the subscription on the new plan and price, the event, and the
 * prorated ledger entry (keyed by the change: a retried step finds it written and the instance settled).
 */
export const markResized = async (deps: ProvisioningDeps, state: ResizeState): Promise<ResizeState> => {
  const instance = await resizingOf(deps, state);
  if (!instance) return state;
  const subscription = await deps.subscriptions.get(instance.userId, instance.subscriptionId);
  if (!subscription) throw new TerminalStepError('SubscriptionNotFound', `No subscription ${instance.subscriptionId}`);
  const change = instance.planChange;
  await applyTenantPolicy(deps, instance, change.toLimits);
  await reserve(deps, instance, change.toLimits);
  const now = deps.now();
  const entry = planChangeEntry(change, subscription, now);
  const event = domainEvent(
    'subscription.plan-changed',
    {
      userId: instance.userId,
      subscriptionId: subscription.id,
      instanceId: instance.id,
      planChangeId: change.id,
      fromPlanId: change.fromPlanId,
      toPlanId: change.toPlanId,
      prorationKind: change.proration.kind,
      amount: change.proration.amount,
      currency: change.proration.currency,
      ...(entry && { transactionId: entry.id }),
    },
    now,
  );
  await deps.subscriptions.addInstanceStep(instance.id, 'plan changed', `${change.fromPlanId} to ${change.toPlanId}`, change.id);
  await deps.subscriptions.transitionTogether(
    { current: instance, to: 'RUNNING', changes: { resources: change.toLimits, planChange: undefined, updatedAt: now.toISOString() } },
    { current: subscription, to: subscription.status, changes: { planId: change.toPlanId, price: change.toPrice, updatedAt: now.toISOString() } },
    [event],
    entry ? deps.ledger.entryParts(entry) : [],
  );
  return state;
};

/**
 * The new plan did not run (or could not be applied): the old plan's resources are applied again, the
 * volumes excepted (a claim cannot shrink: one the new plan expanded stays larger, and the instance's
 * storage says so), the quota and the node reservation go back to the old plan. A task of the failure path:
 * the instance is marked after it whatever happens here.
 */
export const restoreOldPlan = async (deps: ProvisioningDeps, state: ResizeState): Promise<ResizeState> => {
  const instance = await resizingOf(deps, state);
  if (!instance) return state;
  const { fromLimits, toLimits } = instance.planChange;
  const { objects, grown } = await keepGrownClaims(deps, instance, rerenderInstance(deps, instance, { limits: fromLimits }));
  const kept = { ...fromLimits, storageGiB: grown ? Math.max(fromLimits.storageGiB, toLimits.storageGiB) : fromLimits.storageGiB };
  await deps.cluster.apply(objects);
  await applyTenantPolicy(deps, instance, kept);
  // Back to the old plan; if the node filled meanwhile the larger reservation stays (it over-counts, never under).
  await reserve(deps, instance, kept).catch(() => undefined);
  await deps.subscriptions.addInstanceStep(instance.id, 'old plan applied again', grown ? `volumes stay at ${kept.storageGiB} GiB: a volume cannot shrink` : undefined, state.planChangeId);
  return { ...state, keptLimits: kept };
};

/** RUNNING again on the old plan, with the reason in its steps and in `subscription.plan-change-failed`; nothing charged. */
export const markResizeFailed = async (deps: ProvisioningDeps, state: ResizeState): Promise<ResizeState> => {
  const instance = await resizingOf(deps, state);
  if (!instance) return state;
  const change = instance.planChange;
  const now = deps.now();
  const reason = failureReason(state.failure);
  const kept = (state.keptLimits as PlanLimits | undefined) ?? change.fromLimits;
  await deps.subscriptions.addInstanceStep(instance.id, 'plan change failed', reason, change.id);
  await deps.subscriptions.transitionInstance(instance, 'RUNNING', { resources: kept, planChange: undefined, updatedAt: now.toISOString() }, [
    domainEvent(
      'subscription.plan-change-failed',
      { userId: instance.userId, subscriptionId: instance.subscriptionId, instanceId: instance.id, planChangeId: change.id, fromPlanId: change.fromPlanId, toPlanId: change.toPlanId, reason },
      now,
    ),
  ]);
  return state;
};
