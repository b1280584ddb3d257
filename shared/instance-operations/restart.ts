import { ulid } from 'ulid';
import * as z from 'zod';
import type { CommitPart } from '../data/commit-part';
import { AppError, notFound } from '../errors/app-error';
import { domainEvent } from '../events/domain-event';
import { assertInstanceIdle, nextInstanceState } from '../subscriptions/lifecycle';
import { instanceSchema, type Subscription } from '../subscriptions/subscription';
import type { SubscriptionStore } from '../subscriptions/subscription-store';
import type { WorkflowStarter } from '../subscriptions/workflow-starter';

/** One rolling restart the customer asked for: its id names the workflow's execution and its steps. */
export interface InstanceRestart {
  id: string;
  subscriptionId: string;
  instanceId: string;
  userId: string;
  /** The pods' `kubectl.kubernetes.io/restartedAt`: the same on every retry, so re-patching changes nothing. */
  requestedAt: string;
}

export const restartStartedSchema = z
  .object({ restartId: z.string().meta({ description: 'Names the restart in the instance’s steps and events' }), instance: instanceSchema })
  .meta({ id: 'RestartStarted' });

/** The restart's record, written with the move to RESTARTING (dynamo-restart-records.ts). */
export interface RestartRecords {
  createPart(restart: InstanceRestart): CommitPart;
}

export interface RestartDeps {
  subscriptions: SubscriptionStore;
  restarts: RestartRecords;
  workflows: WorkflowStarter;
  now: () => Date;
}

/** What `restart-instance` starts with; the execution is named after the restart. */
export const restartWorkflowInput = (restart: Pick<InstanceRestart, 'id' | 'instanceId' | 'subscriptionId' | 'requestedAt'>) => ({
  instanceId: restart.instanceId,
  subscriptionId: restart.subscriptionId,
  restartId: restart.id,
  restartedAt: restart.requestedAt,
});

/** A step name holds the restart's id: the store records each step name once, and a second restart is another. */
export const restartStep = (restartId: string, what: 'requested' | 'done' | 'failed') => `restart ${restartId} ${what}`;

/**
 * Restarts the instance's pods, one at a time as `kubectl rollout restart` does: refused (409, before any
 * write) while another operation holds the instance or when it does not run (a suspended, provisioning or
 * failed one, with its state). The instance moves to RESTARTING with its event and the restart's record in
 * one transaction; the workflow starts here and, should this die first, from that record in the table's
 * stream (functions/instance-operations/start-restart-workflows.ts), under one execution name.
 */
export const requestRestart = async (deps: RestartDeps, subscription: Subscription) => {
  if (subscription.status !== 'ACTIVE') throw new AppError('conflict', `Cannot restart the instance of a subscription that is ${subscription.status}; only of an ACTIVE one.`);
  const instance = await deps.subscriptions.getInstance(subscription.instanceId);
  if (!instance) throw notFound('The instance');
  assertInstanceIdle(instance, 'restart the instance');
  const to = nextInstanceState(instance.status, 'restart');

  const now = deps.now();
  const restart: InstanceRestart = { id: ulid(now.getTime()), subscriptionId: subscription.id, instanceId: instance.id, userId: instance.userId, requestedAt: now.toISOString() };
  const event = domainEvent('instance.restarting', { userId: instance.userId, instanceId: instance.id, subscriptionId: subscription.id, restartId: restart.id }, now);
  const moved = await deps.subscriptions.transitionInstance(instance, to, { updatedAt: restart.requestedAt }, [event], [deps.restarts.createPart(restart)]);
  await deps.subscriptions.addInstanceStep(instance.id, restartStep(restart.id, 'requested'));
  await deps.workflows.start('restart-instance', restart.id, restartWorkflowInput(restart));
  return { restartId: restart.id, instance: moved };
};
