import { describe, expect, it } from 'vitest';
import {
  instanceActions,
  instanceStates,
  assertInstanceIdle,
  nextInstanceState,
  nextSubscriptionState,
  periodEnd,
  subscriptionActions,
  subscriptionStates,
  type InstanceAction,
  type InstanceState,
  type SubscriptionAction,
  type SubscriptionState,
} from '../../../shared/subscriptions/lifecycle';

/** Every allowed move, written out once more by hand: anything not listed here must be refused. */
const allowedSubscription: [SubscriptionState, SubscriptionAction, SubscriptionState][] = [
  ['PENDING', 'start-provisioning', 'PROVISIONING'],
  ['PROVISIONING', 'activate', 'ACTIVE'],
  ['PENDING', 'fail', 'FAILED'],
  ['PROVISIONING', 'fail', 'FAILED'],
  ['ACTIVE', 'suspend', 'SUSPENDED'],
  ['SUSPENDED', 'resume', 'ACTIVE'],
  ['ACTIVE', 'renew', 'ACTIVE'],
  ['SUSPENDED', 'renew', 'ACTIVE'],
  ['PENDING', 'cancel', 'CANCELLED'],
  ['PROVISIONING', 'cancel', 'CANCELLED'],
  ['ACTIVE', 'cancel', 'CANCELLED'],
  ['SUSPENDED', 'cancel', 'CANCELLED'],
  ['FAILED', 'cancel', 'CANCELLED'],
  ['SUSPENDED', 'expire', 'EXPIRED'],
];

const allowedInstance: [InstanceState, InstanceAction, InstanceState][] = [
  ['PROVISIONING', 'provisioned', 'RUNNING'],
  ['PROVISIONING', 'fail', 'FAILED'],
  ['RUNNING', 'degrade', 'DEGRADED'],
  ['DEGRADED', 'recover', 'RUNNING'],
  ['RUNNING', 'back-up', 'BACKING_UP'],
  ['DEGRADED', 'back-up', 'BACKING_UP'],
  ['BACKING_UP', 'backed-up', 'RUNNING'],
  ['RUNNING', 'restore', 'RESTORING'],
  ['DEGRADED', 'restore', 'RESTORING'],
  ['RESTORING', 'restored', 'RUNNING'],
  ['RUNNING', 'upgrade', 'UPGRADING'],
  ['DEGRADED', 'upgrade', 'UPGRADING'],
  ['UPGRADING', 'upgraded', 'RUNNING'],
  ['RUNNING', 'resize', 'RESIZING'],
  ['DEGRADED', 'resize', 'RESIZING'],
  ['RESIZING', 'resized', 'RUNNING'],
  ['RUNNING', 'restart', 'RESTARTING'],
  ['DEGRADED', 'restart', 'RESTARTING'],
  ['RESTARTING', 'restarted', 'RUNNING'],
  ['RUNNING', 'suspend', 'SUSPENDED'],
  ['DEGRADED', 'suspend', 'SUSPENDED'],
  ['SUSPENDED', 'resume', 'RUNNING'],
  ['PROVISIONING', 'delete', 'DELETING'],
  ['RUNNING', 'delete', 'DELETING'],
  ['DEGRADED', 'delete', 'DELETING'],
  ['SUSPENDED', 'delete', 'DELETING'],
  ['FAILED', 'delete', 'DELETING'],
  ['DELETING', 'deleted', 'DELETED'],
];

const everyPair = <S extends string, A extends string>(states: readonly S[], actions: readonly A[]) =>
  states.flatMap((state) => actions.map((action) => [state, action] as const));

describe('subscription lifecycle', () => {
  it.each(everyPair(subscriptionStates, subscriptionActions))('%s + %s', (state, action) => {
    const allowed = allowedSubscription.find(([from, a]) => from === state && a === action);
    if (allowed) expect(nextSubscriptionState(state, action)).toBe(allowed[2]);
    else expect(() => nextSubscriptionState(state, action)).toThrow(new RegExp(`is ${state}`));
  });

  it('names the current state and the states that would allow the action', () => {
    expect(() => nextSubscriptionState('CANCELLED', 'renew')).toThrow('Cannot renew a subscription that is CANCELLED; only from ACTIVE, SUSPENDED.');
  });

  it('never leaves a final state', () => {
    for (const action of subscriptionActions) {
      expect(() => nextSubscriptionState('CANCELLED', action)).toThrow();
      expect(() => nextSubscriptionState('EXPIRED', action)).toThrow();
    }
  });
});

describe('instance lifecycle', () => {
  it.each(everyPair(instanceStates, instanceActions))('%s + %s', (state, action) => {
    const allowed = allowedInstance.find(([from, a]) => from === state && a === action);
    if (allowed) expect(nextInstanceState(state, action)).toBe(allowed[2]);
    else expect(() => nextInstanceState(state, action)).toThrow(/409|Cannot/);
  });
});

describe('billing periods', () => {
  it.each([
    ['2026-01-15T10:00:00.000Z', 'month', '2026-02-15T10:00:00.000Z'],
    ['2026-01-31T10:00:00.000Z', 'month', '2026-02-28T10:00:00.000Z'],
    ['2028-01-31T00:00:00.000Z', 'month', '2028-02-29T00:00:00.000Z'],
    ['2026-12-31T23:59:59.000Z', 'month', '2027-01-31T23:59:59.000Z'],
    ['2028-02-29T12:00:00.000Z', 'year', '2029-02-28T12:00:00.000Z'],
    ['2026-03-10T08:30:00.000Z', 'year', '2027-03-10T08:30:00.000Z'],
  ] as const)('%s + one %s → %s', (start, period, end) => {
    expect(periodEnd(new Date(start), period).toISOString()).toBe(end);
  });
});

describe('one operation at a time', () => {
  it.each([
    ['BACKING_UP', 'a backup'],
    ['RESTORING', 'a restore'],
    ['UPGRADING', 'an upgrade'],
    ['RESIZING', 'a plan change'],
    ['RESTARTING', 'a restart'],
  ] as const)('an instance %s refuses another change with 409 naming %s', (status, operation) => {
    expect(() => assertInstanceIdle({ status }, 'restart the instance')).toThrow(`while ${operation} of the instance runs (it is ${status})`);
  });

  it('an instance RUNNING or DEGRADED is free for an operation', () => {
    expect(() => assertInstanceIdle({ status: 'RUNNING' }, 'upgrade')).not.toThrow();
    expect(() => assertInstanceIdle({ status: 'DEGRADED' }, 'upgrade')).not.toThrow();
  });
});
