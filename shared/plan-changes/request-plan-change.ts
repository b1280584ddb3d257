import { ulid } from 'ulid';
import type { ServiceStore } from '../catalog/service-store';
import { isCommitPartRejected } from '../data/commit-part';
import { AppError, conflict, notFound } from '../errors/app-error';
import { domainEvent } from '../events/domain-event';
import { allocatableOf } from '../provisioning/placement';
import { assertInstanceIdle, nextInstanceState } from '../subscriptions/lifecycle';
import type { Instance, Subscription } from '../subscriptions/subscription';
import type { SubscriptionStore } from '../subscriptions/subscription-store';
import type { WorkflowStarter } from '../subscriptions/workflow-starter';
import type { NodeStore } from '../workers/node-store';
import type { PlanChange } from './plan-change';
import type { PlanChangeIdempotency, PlanChangeReplay } from './plan-change-idempotency';
import { assertPlanChangeAllowed, targetPlanOf } from './plan-change-rules';
import { prorate } from './proration';
import { resizeWorkflowInput } from './workflow-input';
import { requestFingerprint } from '../crypto/sha256';

export interface PlanChangeDeps {
  subscriptions: SubscriptionStore;
  services: Pick<ServiceStore, 'get'>;
  nodes: Pick<NodeStore, 'healthyWithReservations'>;
  idempotency: PlanChangeIdempotency;
  workflows: WorkflowStarter;
  now: () => Date;
}

export interface PlanChangeStarted {
  subscription: Subscription;
  instance: Instance;
  /** The change, while it runs (a replayed key after it ended: absent, the subscription shows the outcome). */
  planChange?: PlanChange;
}

const requestHash = (planId: string) => requestFingerprint('change-plan', planId);

const instanceOf = async (deps: Pick<PlanChangeDeps, 'subscriptions'>, subscription: Subscription): Promise<Instance> => {
  const instance = await deps.subscriptions.getInstance(subscription.instanceId);
  if (!instance) throw notFound('The instance');
  return instance;
};

/**
 * An upgrade must fit on the instance's node: the node's reservations, less this instance's own, leave room
 * for the new plan's CPU and memory (409 now, rather than a workflow that fails). A node the platform does
 * not know (or no longer healthy) is not judged here; the workflow's own reservation step has the last word.
 */
const assertRoomOnNode = async (deps: Pick<PlanChangeDeps, 'nodes'>, instance: Instance, limits: PlanChange['toLimits']) => {
  const growsCpu = limits.cpuMillicores > instance.resources.cpuMillicores;
  const growsMemory = limits.memoryMiB > instance.resources.memoryMiB;
  if (!instance.nodeName || (!growsCpu && !growsMemory)) return;
  const node = (await deps.nodes.healthyWithReservations()).find((n) => n.name === instance.nodeName);
  if (!node) return;
  const allocatable = allocatableOf(node);
  const others = { cpuMillicores: node.reserved.cpuMillicores - instance.resources.cpuMillicores, memoryMiB: node.reserved.memoryMiB - instance.resources.memoryMiB };
  if ((growsCpu && others.cpuMillicores + limits.cpuMillicores > allocatable.cpuMillicores) || (growsMemory && others.memoryMiB + limits.memoryMiB > allocatable.memoryMiB)) {
    throw conflict(`No capacity: the node ${instance.nodeName} the instance runs on has no room for the plan's ${limits.cpuMillicores} millicores and ${limits.memoryMiB} MiB.`);
  }
};

/**
 * Changes a subscription's plan: the instance moves to RESIZING holding the plan change (with its prorated
 * amount, fixed now) in one transaction with its event and the Idempotency-Key's record, then the
 * `resize-instance` workflow starts, named after the change. The subscription keeps its plan until the new
 * one runs; the ledger entry is written then, with that switch (steps/resize-steps.ts). A repeated key
 * answers the first request's change.
 */
export const requestPlanChange = async (deps: PlanChangeDeps, subscription: Subscription, planId: string, idempotencyKey?: string): Promise<PlanChangeStarted> => {
  if (idempotencyKey) {
    const replay = await deps.idempotency.replayOf(subscription.userId, idempotencyKey);
    if (replay) return replayed(deps, subscription, replay, planId);
  }
  const service = await deps.services.get(subscription.serviceSlug);
  const plan = targetPlanOf(service?.plans ?? [], planId);
  const instance = await instanceOf(deps, subscription);
  assertInstanceIdle(instance, 'change the plan');
  assertPlanChangeAllowed(subscription, instance, plan);
  const to = nextInstanceState(instance.status, 'resize');
  await assertRoomOnNode(deps, instance, plan.limits);

  const now = deps.now();
  const period = { start: subscription.currentPeriodStart!, end: subscription.currentPeriodEnd! };
  const proration = prorate(subscription.price.amount, plan.price.amount, period, now);
  const planChange: PlanChange = {
    id: ulid(now.getTime()),
    fromPlanId: subscription.planId,
    toPlanId: plan.id,
    fromPrice: subscription.price,
    toPrice: plan.price,
    fromLimits: instance.resources,
    // Volumes only grow: what the instance has keeps its size if the plan offers exactly that or more.
    toLimits: { ...plan.limits, storageGiB: Math.max(plan.limits.storageGiB, instance.resources.storageGiB) },
    proration: { ...proration, currency: subscription.price.currency, periodStart: period.start, periodEnd: period.end },
    requestedAt: now.toISOString(),
  };
  const event = domainEvent(
    'subscription.plan-change-started',
    { userId: subscription.userId, subscriptionId: subscription.id, instanceId: instance.id, planChangeId: planChange.id, fromPlanId: planChange.fromPlanId, toPlanId: plan.id },
    now,
  );
  const claim = idempotencyKey
    ? deps.idempotency.claimPart(subscription.userId, idempotencyKey, { planChangeId: planChange.id, requestHash: requestHash(planId), subscriptionId: subscription.id }, now)
    : undefined;
  let resizing: Instance;
  try {
    resizing = await deps.subscriptions.transitionInstance(instance, to, { planChange, updatedAt: now.toISOString() }, [event], claim ? [claim] : []);
  } catch (error) {
    if (claim && isCommitPartRejected(error) && error.part === claim) {
      const replay = await deps.idempotency.replayOf(subscription.userId, idempotencyKey!);
      if (replay) return replayed(deps, subscription, replay, planId);
    }
    throw error;
  }
  await deps.subscriptions.addInstanceStep(instance.id, 'plan change started', `${planChange.fromPlanId} to ${plan.id}`, planChange.id);
  // The fast path: the table's stream starts it too from the committed RESIZING instance (start-resize-workflows.ts).
  await deps.workflows.start('resize-instance', planChange.id, resizeWorkflowInput(instance, planChange.id));
  return { subscription, instance: resizing, planChange };
};

/**
 * The first request's answer, as things are now: the subscription and instance read again, and the change
 * while it runs (once it has ended, the subscription shows the plan it ended on).
 */
const replayed = async (deps: PlanChangeDeps, subscription: Subscription, replay: PlanChangeReplay, planId: string): Promise<PlanChangeStarted> => {
  if (replay.requestHash !== requestHash(planId) || replay.subscriptionId !== subscription.id) {
    throw new AppError('unprocessable', 'This Idempotency-Key was already used with a different request.', {
      errors: [{ field: 'header.idempotency-key', message: 'was used for another request' }],
    });
  }
  const instance = await instanceOf(deps, subscription);
  const planChange = instance.planChange?.id === replay.planChangeId ? instance.planChange : undefined;
  return { subscription, instance, ...(planChange ? { planChange } : {}) };
};
