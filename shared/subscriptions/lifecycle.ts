import { AppError } from '../errors/app-error';

/**
 * The lifecycle rules of subscriptions and their instances, as data: which action may move which state where.
 * Pure (no I/O): the stores apply a transition with a conditional write on the state it was computed from,
 * so a refused or raced change never lands.
 */
export const subscriptionStates = ['PENDING', 'PROVISIONING', 'ACTIVE', 'SUSPENDED', 'EXPIRED', 'CANCELLED', 'FAILED'] as const;
export type SubscriptionState = (typeof subscriptionStates)[number];

export const subscriptionActions = ['start-provisioning', 'activate', 'fail', 'suspend', 'resume', 'renew', 'cancel', 'expire'] as const;
export type SubscriptionAction = (typeof subscriptionActions)[number];

const subscriptionRules: Record<SubscriptionAction, Partial<Record<SubscriptionState, SubscriptionState>>> = {
  'start-provisioning': { PENDING: 'PROVISIONING' },
  activate: { PROVISIONING: 'ACTIVE' },
  fail: { PENDING: 'FAILED', PROVISIONING: 'FAILED' },
  suspend: { ACTIVE: 'SUSPENDED' },
  resume: { SUSPENDED: 'ACTIVE' },
  // Renewing extends the period; a subscription suspended for lack of payment runs again.
  renew: { ACTIVE: 'ACTIVE', SUSPENDED: 'ACTIVE' },
  cancel: { PENDING: 'CANCELLED', PROVISIONING: 'CANCELLED', ACTIVE: 'CANCELLED', SUSPENDED: 'CANCELLED', FAILED: 'CANCELLED' },
  expire: { SUSPENDED: 'EXPIRED' },
};

export const instanceStates = [
  'PROVISIONING',
  'RUNNING',
  'DEGRADED',
  'BACKING_UP',
  'RESTORING',
  'UPGRADING',
  'RESIZING',
  'RESTARTING',
  'SUSPENDED',
  'FAILED',
  'DELETING',
  'DELETED',
] as const;
export type InstanceState = (typeof instanceStates)[number];

export const instanceActions = [
  'provisioned',
  'fail',
  'degrade',
  'recover',
  'back-up',
  'backed-up',
  'restore',
  'restored',
  'upgrade',
  'upgraded',
  'resize',
  'resized',
  'restart',
  'restarted',
  'suspend',
  'resume',
  'delete',
  'deleted',
] as const;
export type InstanceAction = (typeof instanceActions)[number];

const instanceRules: Record<InstanceAction, Partial<Record<InstanceState, InstanceState>>> = {
  provisioned: { PROVISIONING: 'RUNNING' },
  fail: { PROVISIONING: 'FAILED' },
  degrade: { RUNNING: 'DEGRADED' },
  recover: { DEGRADED: 'RUNNING' },
  // One operation at a time (shared/backups): a backup or restore holds the instance until its workflow ends,
  // which puts it back RUNNING whatever happened (health checks degrade it again if its pods are not Ready).
  'back-up': { RUNNING: 'BACKING_UP', DEGRADED: 'BACKING_UP' },
  'backed-up': { BACKING_UP: 'RUNNING' },
  restore: { RUNNING: 'RESTORING', DEGRADED: 'RESTORING' },
  restored: { RESTORING: 'RUNNING' },
  // Day-two operations (upgrade, plan change, restart) hold the instance the same way until their workflow ends.
  upgrade: { RUNNING: 'UPGRADING', DEGRADED: 'UPGRADING' },
  upgraded: { UPGRADING: 'RUNNING' },
  resize: { RUNNING: 'RESIZING', DEGRADED: 'RESIZING' },
  resized: { RESIZING: 'RUNNING' },
  restart: { RUNNING: 'RESTARTING', DEGRADED: 'RESTARTING' },
  restarted: { RESTARTING: 'RUNNING' },
  suspend: { RUNNING: 'SUSPENDED', DEGRADED: 'SUSPENDED' },
  // Resuming restores the replicas; the instance is RUNNING again once its pods are Ready (health check).
  resume: { SUSPENDED: 'RUNNING' },
  delete: { PROVISIONING: 'DELETING', RUNNING: 'DELETING', DEGRADED: 'DELETING', SUSPENDED: 'DELETING', FAILED: 'DELETING' },
  deleted: { DELETING: 'DELETED' },
};

/**
 * What made an instance DEGRADED: a container restarting over and over, killed for memory, its pod evicted,
 * its image not pulled, or (the pod-health job) pods simply not Ready.
 */
export const degradationCauses = ['crash-loop', 'out-of-memory', 'evicted', 'image-pull', 'not-ready'] as const;
export type DegradationCause = (typeof degradationCauses)[number];

/**
 * The health move an observation of an instance's pods calls for: `degrade` a RUNNING instance seen unhealthy,
 * `recover` a DEGRADED one seen healthy, nothing otherwise (already there, or a state health does not touch:
 * PROVISIONING, SUSPENDED, DELETING…). The one rule every observer applies (the Kubernetes events hook, the
 * pod-health job), so whichever sees a change first makes it and the other finds nothing left to do.
 */
export const healthAction = (state: InstanceState, healthy: boolean): 'degrade' | 'recover' | undefined => {
  const action = healthy ? 'recover' : 'degrade';
  return instanceRules[action][state] ? action : undefined;
};

/** States in which a workflow operates the instance's data: nothing else may change it until it ends. */
export const busyInstanceStates: readonly InstanceState[] = ['BACKING_UP', 'RESTORING', 'UPGRADING', 'RESIZING', 'RESTARTING'];

/** How a 409 names the operation a busy instance is in. */
const operationNames: Partial<Record<InstanceState, string>> = {
  BACKING_UP: 'a backup',
  RESTORING: 'a restore',
  UPGRADING: 'an upgrade',
  RESIZING: 'a plan change',
  RESTARTING: 'a restart',
};

/**
 * Refuses, before anything is written, a change to a subscription whose instance is in the middle of an
 * operation (a backup, a restore, an upgrade, a plan change, a restart): 409 naming it, so the customer knows to try again when it ends.
 */
export const assertInstanceIdle = (instance: { status: InstanceState }, action: string): void => {
  if (busyInstanceStates.includes(instance.status)) {
    const operation = operationNames[instance.status];
    throw new AppError('conflict', `Cannot ${action} while ${operation} of the instance runs (it is ${instance.status}); try again when it ends.`);
  }
};

const refuse = (what: string, action: string, state: string, allowedFrom: string[]) =>
  new AppError(
    'conflict',
    `Cannot ${action} a ${what} that is ${state}${allowedFrom.length ? `; only from ${allowedFrom.join(', ')}` : ''}.`,
  );

/** The state a subscription moves to, or a 409 that names its current state. */
export const nextSubscriptionState = (state: SubscriptionState, action: SubscriptionAction): SubscriptionState => {
  const next = subscriptionRules[action][state];
  if (!next) throw refuse('subscription', action, state, Object.keys(subscriptionRules[action]));
  return next;
};

export const nextInstanceState = (state: InstanceState, action: InstanceAction): InstanceState => {
  const next = instanceRules[action][state];
  if (!next) throw refuse('instance', action, state, Object.keys(instanceRules[action]));
  return next;
};

/** States whose subscription still runs or may run again (an account with one cannot be deleted). */
export const liveSubscriptionStates: readonly SubscriptionState[] = ['PENDING', 'PROVISIONING', 'ACTIVE', 'SUSPENDED'];

/**
 * The end of a billing period that starts at `start`: the same day of the next month (or year), clamped to
 * the month's last day, so a period from 31 January ends on the last day of February.
 */
export const periodEnd = (start: Date, billingPeriod: 'month' | 'year'): Date => {
  const months = billingPeriod === 'month' ? 1 : 12;
  const targetMonth = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), targetMonth + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      start.getUTCFullYear(),
      targetMonth,
      Math.min(start.getUTCDate(), lastDay),
      start.getUTCHours(),
      start.getUTCMinutes(),
      start.getUTCSeconds(),
      start.getUTCMilliseconds(),
    ),
  );
};
