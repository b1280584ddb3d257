import { periodCharge } from '../../billing/period-charge';
import { domainEvent } from '../../events/domain-event';
import type { KubeObject } from '../../kubernetes/cluster';
import { rolloutStatus } from '../../kubernetes/rollout-status';
import { allSubscriptionsOf } from '../../subscriptions/all-subscriptions';
import { liveSubscriptionStates, periodEnd } from '../../subscriptions/lifecycle';
import type { Instance, Subscription } from '../../subscriptions/subscription';
import { allocatableOf, rankNodes } from '../placement';
import { generateCredentials } from '../templates/generate-credentials';
import { instanceNames } from '../templates/instance-names';
import { renderInstance } from '../templates/render-instance';
import { isTemplateName } from '../templates/template-name';
import { instanceSelector, labelKeys } from '../tenant/labels';
import { tenantObjects } from '../tenant/tenant-objects';
import { failureReason } from './failure-reason';
import { instanceKinds, podKind, workloadKinds } from './instance-kinds';
import { TerminalStepError, type ProvisioningDeps, type WorkflowState } from './provisioning-deps';

const instanceOf = async (deps: ProvisioningDeps, state: WorkflowState): Promise<Instance> => {
  const instance = await deps.subscriptions.getInstance(state.instanceId);
  if (!instance) throw new TerminalStepError('InstanceNotFound', `No instance ${state.instanceId}`);
  return instance;
};

/** The plan limits of every live instance of a customer: what the namespace quota must hold. */
const liveLimits = async (deps: ProvisioningDeps, userId: string) => {
  const live = (await allSubscriptionsOf(deps.subscriptions, userId)).filter((s) => (liveSubscriptionStates as readonly string[]).includes(s.status));
  const instances = await Promise.all(live.map((s) => deps.subscriptions.getInstance(s.instanceId)));
  return instances.filter((i): i is Instance => Boolean(i)).map((i) => i.resources);
};

export const loadInstance = async (deps: ProvisioningDeps, state: WorkflowState): Promise<WorkflowState> => {
  const instance = await instanceOf(deps, state);
  if (instance.status !== 'PROVISIONING') throw new TerminalStepError('InstanceNotProvisioning', `The instance is ${instance.status}`);
  await deps.subscriptions.addInstanceStep(instance.id, 'provisioning started');
  return { ...state, userId: instance.userId, subscriptionId: instance.subscriptionId, pollCount: 0, nodeName: instance.nodeName };
};

/** Reserves room on the best node with a conditional write; a re-run finds its own reservation. */
export const placeInstance = async (deps: ProvisioningDeps, state: WorkflowState): Promise<WorkflowState> => {
  const instance = await instanceOf(deps, state);
  const request = { cpuMillicores: instance.resources.cpuMillicores, memoryMiB: instance.resources.memoryMiB };
  const nodes = (await deps.nodes.healthyWithReservations()).filter((n) => n.schedulable && !n.draining);
  if (instance.nodeName) {
    const node = nodes.find((n) => n.name === instance.nodeName);
    if (node && (await deps.nodes.reserve(node.name, instance.id, request, allocatableOf(node)))) return { ...state, nodeName: node.name };
  }
  const rooms = nodes.map((n) => ({ name: n.name, allocatable: allocatableOf(n), reserved: n.reserved }));
  for (const room of rankNodes(rooms, request)) {
    if (await deps.nodes.reserve(room.name, instance.id, request, room.allocatable)) {
      await deps.subscriptions.transitionInstance(instance, 'PROVISIONING', { nodeName: room.name, updatedAt: deps.now().toISOString() }, []);
      await deps.subscriptions.addInstanceStep(instance.id, 'placed', room.name);
      return { ...state, nodeName: room.name };
    }
  }
  throw new TerminalStepError('NoCapacityError', 'No healthy node has room for this plan');
};

export const ensureNamespace = async (deps: ProvisioningDeps, state: WorkflowState): Promise<WorkflowState> => {
  const instance = await instanceOf(deps, state);
  // The namespace, and the platform's rights in it: the RoleBinding the rest of the tenant objects need.
  const [namespace, roleBinding] = tenantObjects({ userId: instance.userId, limits: [instance.resources] });
  // The customer's last instance may have just been deprovisioned: its namespace is still being deleted and
  // would refuse the new objects, or vanish under them. The workflow waits and asks again (namespaceWaits
  // counts the checks against its deadline), as long as pods' grace periods and volume detaches take.
  const existing = await deps.cluster.read({ apiVersion: 'v1', kind: 'Namespace' }, instance.namespace);
  if (existing?.metadata.deletionTimestamp) {
    if (!state.namespaceWaits) await deps.subscriptions.addInstanceStep(instance.id, 'waiting for the previous namespace to be deleted', instance.namespace);
    return { ...state, namespaceTerminating: true, namespaceWaits: (state.namespaceWaits ?? 0) + 1 };
  }
  await deps.cluster.apply([namespace, roleBinding] as unknown as KubeObject[]);
  await deps.subscriptions.addInstanceStep(instance.id, 'namespace ready', instance.namespace);
  return { ...state, namespaceTerminating: false };
};

/** The namespace with its quota, limits and network policy, sized for the customer's live instances. */
const applyTenantObjects = async (deps: ProvisioningDeps, instance: Instance) => {
  const limits = await liveLimits(deps, instance.userId);
  // The namespace is applied again with its policy: a retry after the namespace vanished (a deletion that
  // was finishing) recreates it instead of failing on its absence.
  const objects = tenantObjects({ userId: instance.userId, limits: limits.length ? limits : [instance.resources] });
  await deps.cluster.apply(objects as unknown as KubeObject[]);
};

export const applyTenantPolicy = async (deps: ProvisioningDeps, state: WorkflowState): Promise<WorkflowState> => {
  const instance = await instanceOf(deps, state);
  await applyTenantObjects(deps, instance);
  await deps.subscriptions.addInstanceStep(instance.id, 'quota, limits and network policy applied');
  return state;
};

/** Renders the app from its plan and applies it with server-side apply: re-running changes nothing. */
export const applyInstanceObjects = async (deps: ProvisioningDeps, state: WorkflowState): Promise<WorkflowState> => {
  const instance = await instanceOf(deps, state);
  if (!isTemplateName(instance.template)) throw new TerminalStepError('UnknownTemplate', `No template "${instance.template}"`);
  const names = instanceNames(instance.template, instance.id);
  // Credentials live only in the instance's Secret (the workloads read them by reference): once it exists,
  // a re-run leaves it alone, so a retried step never changes a database password under a running app.
  const secretExists = Boolean(await deps.cluster.read({ apiVersion: 'v1', kind: 'Secret' }, names.credentials, instance.namespace));
  const credentials = generateCredentials(instance.template);
  const objects = renderInstance({
    template: instance.template,
    instanceId: instance.id,
    userId: instance.userId,
    namespace: instance.namespace,
    plan: { limits: instance.resources },
    appsDomain: deps.appsDomain,
    ...deps.instanceSettings,
    version: instance.appVersion,
    image: instance.image,
    credentials,
  } as Parameters<typeof renderInstance>[0]);
  const toApply = (objects as unknown as KubeObject[]).filter((object) => !(secretExists && object.kind === 'Secret' && object.metadata.name === names.credentials));
  await deps.cluster.apply(toApply);
  await deps.subscriptions.addInstanceStep(instance.id, 'app objects applied', `${objects.length} objects`);
  return state;
};

/** The node of the instance's app pod (its database may run beside it or elsewhere), as the scheduler chose. */
const appNodeOf = (pods: readonly KubeObject[]): string | undefined => {
  const running = pods.filter((pod) => (pod.spec as { nodeName?: string } | undefined)?.nodeName && !pod.metadata.deletionTimestamp);
  const app = running.find((pod) => pod.metadata.labels?.[labelKeys.component] === 'app') ?? running[0];
  return (app?.spec as { nodeName?: string } | undefined)?.nodeName;
};

/**
 * The scheduler decides where pods run (it knows taints, volumes' zones, what really runs); the platform's
 * reservation was admission control. Once the pods run, the reservation follows them to that node, so the
 * node's reserved room describes what is on it, and the instance's nodeName is that node. A node no agent
 * registered keeps the reservation (and nodeName) where they were, and the step says where the pods run.
 */
const followScheduler = async (deps: ProvisioningDeps, instance: Instance, placedOn: string | undefined) => {
  if (!placedOn || placedOn === instance.nodeName) return {};
  const request = { cpuMillicores: instance.resources.cpuMillicores, memoryMiB: instance.resources.memoryMiB };
  if (!(await deps.nodes.recordPlacement(placedOn, instance.id, request))) {
    // No worker of that name registered: the reservation (and nodeName, which says where it is) stays put.
    await deps.subscriptions.addInstanceStep(instance.id, 'scheduled', `${placedOn} (not a registered worker; reserved on ${instance.nodeName})`);
    return {};
  }
  if (instance.nodeName) await deps.nodes.release(instance.nodeName, instance.id);
  await deps.subscriptions.addInstanceStep(instance.id, 'scheduled', placedOn);
  return { nodeName: placedOn };
};

export const checkRollout = async (deps: ProvisioningDeps, state: WorkflowState): Promise<WorkflowState> => {
  const instance = await instanceOf(deps, state);
  const selector = instanceSelector(instance.id);
  const [pods = [], ...workloadLists] = await Promise.all([podKind, ...workloadKinds].map((kind) => deps.cluster.list(kind, { namespace: instance.namespace, labelSelector: selector })));
  const rollout = rolloutStatus(workloadLists.flat(), pods);
  // Where the scheduler put the app (the platform's own reservation only admitted it): markRunning records it.
  const placedOn = rollout.ready ? appNodeOf(pods) : undefined;
  return { ...state, rollout, pollCount: (state.pollCount ?? 0) + 1, ...(placedOn && { placedOn }) };
};

/**
 * The instance RUNNING and its subscription ACTIVE (its first period, charged) in one transaction with both
 * events and the ledger entry: a customer who sees the instance running also sees the subscription active.
 */
export const markRunning = async (deps: ProvisioningDeps, state: WorkflowState): Promise<WorkflowState> => {
  const instance = await instanceOf(deps, state);
  const subscription = await deps.subscriptions.get(instance.userId, instance.subscriptionId);
  const now = deps.now();
  // The first period starts when the app runs (a failed provisioning owes nothing).
  const activation = subscription?.status === 'PROVISIONING' ? activationOf(deps, subscription, now) : undefined;
  if (instance.status === 'PROVISIONING') {
    const placement = await followScheduler(deps, instance, typeof state.placedOn === 'string' ? state.placedOn : undefined);
    // The step first: whoever sees RUNNING also sees how it got there.
    await deps.subscriptions.addInstanceStep(instance.id, 'running', instance.url);
    const running = {
      current: instance,
      to: 'RUNNING' as const,
      changes: { ...placement, updatedAt: now.toISOString() },
      event: domainEvent(
        'instance.running',
        {
          userId: instance.userId,
          instanceId: instance.id,
          subscriptionId: instance.subscriptionId,
          url: instance.url,
          // From the customer's request to Ready pods: the figure the dashboard shows as provisioning time.
          provisioningSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(instance.createdAt)) / 100) / 10),
        },
        now,
      ),
    };
    if (activation) {
      await deps.subscriptions.transitionTogether(running, activation.move, [running.event, activation.event], activation.parts);
    } else {
      // The subscription was cancelled meanwhile (its deprovisioning follows) or is already active.
      await deps.subscriptions.transitionInstance(instance, 'RUNNING', running.changes, [running.event]);
    }
  } else if (activation) {
    // An instance that ran before its subscription moved (recorded before the two moved together): finish it.
    await deps.subscriptions.transitionSubscription(activation.move.current, 'ACTIVE', activation.move.changes, [activation.event], activation.parts);
  }
  return state;
};

/** A PROVISIONING subscription's move to ACTIVE at `now`: its first period, its event and its charge. */
const activationOf = (deps: ProvisioningDeps, subscription: Subscription, now: Date) => {
  const period = { start: now.toISOString(), end: periodEnd(now, subscription.billingPeriod).toISOString() };
  return {
    move: {
      current: subscription,
      to: 'ACTIVE' as const,
      changes: { currentPeriodStart: period.start, currentPeriodEnd: period.end, updatedAt: now.toISOString() },
    },
    event: domainEvent('subscription.activated', { userId: subscription.userId, subscriptionId: subscription.id }, now),
    parts: deps.ledger.entryParts(periodCharge(subscription, period, now)),
  };
};

/** Deletes every object this instance applied (found by its labels) and gives its reservation back. */
export const removeInstanceObjects = async (deps: ProvisioningDeps, state: WorkflowState): Promise<WorkflowState> => {
  const instance = await instanceOf(deps, state);
  const selector = instanceSelector(instance.id);
  for (const kind of instanceKinds) {
    for (const object of await deps.cluster.list(kind, { namespace: instance.namespace, labelSelector: selector })) {
      await deps.cluster.delete(kind, object.metadata.name, instance.namespace);
    }
  }
  if (instance.nodeName) await deps.nodes.release(instance.nodeName, instance.id);
  await deps.subscriptions.addInstanceStep(instance.id, 'objects removed');
  return state;
};

export const markFailed = async (deps: ProvisioningDeps, state: WorkflowState): Promise<WorkflowState> => {
  const instance = await instanceOf(deps, state);
  const now = deps.now();
  const reason = failureReason(state.failure);
  // The subscription first: a crash between the two writes leaves the instance PROVISIONING, where a retry
  // or the cleanup job (which finds instances by that state) finishes both; the other order would leave a
  // FAILED instance under a subscription that says PROVISIONING for good.
  const subscription = await deps.subscriptions.get(instance.userId, instance.subscriptionId);
  if (subscription && (subscription.status === 'PROVISIONING' || subscription.status === 'PENDING')) {
    await deps.subscriptions.transitionSubscription(subscription, 'FAILED', { updatedAt: now.toISOString() }, []);
  }
  if (instance.status === 'PROVISIONING') {
    await deps.subscriptions.addInstanceStep(instance.id, 'failed', reason);
    await deps.subscriptions.transitionInstance(instance, 'FAILED', { failureReason: reason, updatedAt: now.toISOString() }, [
      domainEvent('instance.failed', { userId: instance.userId, instanceId: instance.id, subscriptionId: instance.subscriptionId, reason }, now),
    ]);
  }
  return state;
};

/** The last live instance of a customer takes the namespace with it. */
export const deleteNamespaceIfEmpty = async (deps: ProvisioningDeps, state: WorkflowState): Promise<WorkflowState> => {
  const instance = await instanceOf(deps, state);
  const others = (await liveLimits(deps, instance.userId)).length;
  if (others === 0) {
    await deps.cluster.delete({ apiVersion: 'v1', kind: 'Namespace' }, instance.namespace);
    await deps.subscriptions.addInstanceStep(instance.id, 'namespace removed', instance.namespace);
  } else {
    await applyTenantObjects(deps, instance);
    await deps.subscriptions.addInstanceStep(instance.id, 'namespace kept for other instances, quota resized', instance.namespace);
  }
  return state;
};

export const markDeleted = async (deps: ProvisioningDeps, state: WorkflowState): Promise<WorkflowState> => {
  const instance = await instanceOf(deps, state);
  if (instance.status === 'DELETING') {
    const now = deps.now();
    await deps.subscriptions.addInstanceStep(instance.id, 'deleted');
    await deps.subscriptions.transitionInstance(instance, 'DELETED', { updatedAt: now.toISOString() }, [
      domainEvent('instance.deleted', { userId: instance.userId, instanceId: instance.id, subscriptionId: instance.subscriptionId }, now),
    ]);
  }
  return state;
};
