import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/catalog/service';
import { assertPlanChangeAllowed, targetPlanOf } from '../../../shared/plan-changes/plan-change-rules';
import type { Subscription } from '../../../shared/subscriptions/subscription';

const plan = (id: string, amount: number, storageGiB: number, extra: Partial<Plan> = {}): Plan => ({
  id,
  name: id,
  price: { amount, currency: 'EUR' },
  billingPeriod: 'month',
  limits: { cpuMillicores: 500, memoryMiB: 512, storageGiB },
  ...extra,
});
const plans = [plan('starter', 1000, 2), plan('pro', 3000, 5), plan('tiny', 500, 1), plan('dollars', 3000, 5, { price: { amount: 3000, currency: 'USD' } }), plan('yearly', 30000, 5, { billingPeriod: 'year' })];
const subscription = {
  id: '01JD7Y7Q00000000000000SB01',
  userId: '01JD7Y7Q00000000000000CS01',
  serviceSlug: 'n8n',
  planId: 'starter',
  status: 'ACTIVE',
  price: { amount: 1000, currency: 'EUR' },
  billingPeriod: 'month',
  currentPeriodStart: '2026-12-01T00:00:00.000Z',
  currentPeriodEnd: '2027-01-01T00:00:00.000Z',
} as Subscription;
const instance = { resources: { cpuMillicores: 500, memoryMiB: 512, storageGiB: 2 } };

const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return { type: (error as { type?: string }).type, message: (error as Error).message, errors: (error as { errors?: unknown }).errors };
  }
  return undefined;
};

describe('plan change refusals, before anything is written', () => {
  it('an unknown plan is a 404 naming body.planId', () => {
    expect(refusal(() => targetPlanOf(plans, 'gold'))).toMatchObject({ type: 'not-found', errors: [{ field: 'body.planId' }] });
  });

  it('a plan whose storage is smaller than the volumes is a 409 that says volumes only grow', () => {
    expect(refusal(() => assertPlanChangeAllowed(subscription, instance, targetPlanOf(plans, 'tiny')))).toMatchObject({ type: 'conflict', message: expect.stringMatching(/volumes only grow/) });
  });

  it('the volumes’ current size counts, not the plan’s: one grown by a failed change refuses its old plan', () => {
    const grown = { resources: { ...instance.resources, storageGiB: 5 } };
    expect(refusal(() => assertPlanChangeAllowed({ ...subscription, planId: 'pro' }, grown, targetPlanOf(plans, 'starter')))).toMatchObject({ type: 'conflict' });
  });

  it('the current plan, another currency, another billing period, a subscription not ACTIVE: 409 each, with the reason', () => {
    expect(refusal(() => assertPlanChangeAllowed(subscription, instance, targetPlanOf(plans, 'starter')))?.message).toMatch(/on the plan starter already/);
    expect(refusal(() => assertPlanChangeAllowed(subscription, instance, targetPlanOf(plans, 'dollars')))?.message).toMatch(/USD/);
    expect(refusal(() => assertPlanChangeAllowed(subscription, instance, targetPlanOf(plans, 'yearly')))?.message).toMatch(/billing period/);
    expect(refusal(() => assertPlanChangeAllowed({ ...subscription, status: 'SUSPENDED' }, instance, targetPlanOf(plans, 'pro')))?.message).toMatch(/SUSPENDED/);
  });

  it('an upgrade with more storage, and a downgrade that keeps the volumes’ size, are allowed', () => {
    expect(refusal(() => assertPlanChangeAllowed(subscription, instance, targetPlanOf(plans, 'pro')))).toBeUndefined();
    expect(refusal(() => assertPlanChangeAllowed({ ...subscription, planId: 'pro', price: { amount: 3000, currency: 'EUR' } }, instance, plan('cheap', 800, 2)))).toBeUndefined();
  });
});
