import { domainEvent } from '../events/domain-event';
import type { Cluster } from '../kubernetes/cluster';
import { failureReason } from '../provisioning/steps/failure-reason';
import { workloadKinds } from '../provisioning/steps/instance-kinds';
import { TerminalStepError } from '../provisioning/steps/provisioning-deps';
import { ROLLOUT_POLL_SECONDS, rolloutPollsFor } from '../provisioning/templates/rollout-deadline';
import { isTemplateName } from '../provisioning/templates/template-name';
import { instanceSelector } from '../provisioning/tenant/labels';
import type { Instance } from '../subscriptions/subscription';
import type { SubscriptionStore } from '../subscriptions/subscription-store';
import { restartStep } from './restart';

export interface RestartStepDeps {
  subscriptions: SubscriptionStore;
  cluster: Cluster;
  now: () => Date;
}

/** The state of `restart-instance` (functions/workflows.ts RestartInput), with the rollout loop's fields. */
export interface RestartWorkflowState {
  instanceId: string;
  subscriptionId: string;
  restartId: string;
  restartedAt: string;
  pollCount?: number;
  maxPolls?: number;
  pollSeconds?: number;
  rollout?: { ready: boolean; failed: boolean; reason?: string };
  failure?: { Error?: string; Cause?: string };
  [key: string]: unknown;
}

/** The annotation `kubectl rollout restart` sets on a pod template: a new value makes new pods, one at a time. */
export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

const instanceOf = async (deps: Pick<RestartStepDeps, 'subscriptions'>, state: RestartWorkflowState): Promise<Instance> => {
  const instance = await deps.subscriptions.getInstance(state.instanceId);
  if (!instance) throw new TerminalStepError('InstanceNotFound', `Instance ${state.instanceId} does not exist`);
  return instance;
};

/**
 * Every workload of the instance (the app's and its database's) gets the restart's `restartedAt` on its pod
 * template, as `kubectl rollout restart` does: the controllers replace the pods by their update strategy.
 * The value is the restart's own, so a retried step writes what is already there and rolls nothing twice.
 */
export const restartWorkloads = async (deps: RestartStepDeps, state: RestartWorkflowState): Promise<RestartWorkflowState> => {
  const instance = await instanceOf(deps, state);
  if (instance.status !== 'RESTARTING') throw new TerminalStepError('InstanceNotRestarting', `The instance is ${instance.status}`);
  const lists = await Promise.all(workloadKinds.map(async (kind) => ({ kind, items: await deps.cluster.list(kind, { namespace: instance.namespace, labelSelector: instanceSelector(instance.id) }) })));
  const workloads = lists.flatMap(({ kind, items }) => items.map((item) => ({ kind, name: item.metadata.name })));
  if (workloads.length === 0) throw new TerminalStepError('NothingToRestart', 'The instance has no workloads to restart');
  const patch = { spec: { template: { metadata: { annotations: { [RESTARTED_AT]: state.restartedAt } } } } };
  for (const { kind, name } of workloads) await deps.cluster.mergePatch(kind, name, instance.namespace, patch);
  const maxPolls = isTemplateName(instance.template) ? rolloutPollsFor(instance.template) : 60;
  return { ...state, pollCount: 0, maxPolls: state.maxPolls ?? maxPolls, pollSeconds: state.pollSeconds ?? ROLLOUT_POLL_SECONDS };
};

/** The rollout is Ready: RUNNING again, with `instance.restarted`. Done already (a retry): nothing. */
export const markRestarted = async (deps: RestartStepDeps, state: RestartWorkflowState): Promise<RestartWorkflowState> => {
  const instance = await instanceOf(deps, state);
  if (instance.status !== 'RESTARTING') return state;
  const now = deps.now();
  await deps.subscriptions.addInstanceStep(instance.id, restartStep(state.restartId, 'done'));
  await deps.subscriptions.transitionInstance(instance, 'RUNNING', { updatedAt: now.toISOString() }, [
    domainEvent('instance.restarted', { userId: instance.userId, instanceId: instance.id, subscriptionId: instance.subscriptionId, restartId: state.restartId }, now),
  ]);
  return state;
};

/**
 * The restart failed (a step, the rollout, or its deadline): the instance is RUNNING again all the same (its
 * pods are the controllers' to bring up; the health checks degrade it while they are not Ready), the reason in
 * its steps and in `instance.restart-failed`, which notifies the customer.
 */
export const markRestartFailed = async (deps: RestartStepDeps, state: RestartWorkflowState): Promise<RestartWorkflowState> => {
  const instance = await instanceOf(deps, state);
  const reason = failureReason(state.failure);
  await deps.subscriptions.addInstanceStep(instance.id, restartStep(state.restartId, 'failed'), reason);
  if (instance.status !== 'RESTARTING') return state;
  const now = deps.now();
  await deps.subscriptions.transitionInstance(instance, 'RUNNING', { updatedAt: now.toISOString() }, [
    domainEvent('instance.restart-failed', { userId: instance.userId, instanceId: instance.id, subscriptionId: instance.subscriptionId, restartId: state.restartId, reason }, now),
  ]);
  return state;
};
