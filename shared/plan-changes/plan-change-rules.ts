import { AppError, conflict } from '../errors/app-error';
import type { Plan } from '../catalog/service';
import type { Instance, Subscription } from '../subscriptions/subscription';

/**
 * The refusals of a plan change, each before anything is written (pure, so each is unit tested): the
 * target must be a plan of the subscription's service, another plan than the current one, billed in the
 * same currency and period, and leave the volumes at least their current size (volumes only grow).
 */
export const targetPlanOf = (plans: readonly Plan[], planId: string): Plan => {
  const plan = plans.find((p) => p.id === planId);
  if (!plan) {
    throw new AppError('not-found', `The plan ${planId} was not found among this service's plans.`, { errors: [{ field: 'body.planId', message: 'is not a plan of this service' }] });
  }
  return plan;
};

export const assertPlanChangeAllowed = (subscription: Subscription, instance: Pick<Instance, 'resources'>, plan: Plan): void => {
  if (subscription.status !== 'ACTIVE') throw conflict(`Cannot change the plan of a subscription that is ${subscription.status}; only of an ACTIVE one.`);
  if (plan.id === subscription.planId) throw conflict(`The subscription is on the plan ${plan.id} already.`);
  if (plan.price.currency !== subscription.price.currency) {
    throw conflict(`The plan ${plan.id} is priced in ${plan.price.currency} and the subscription in ${subscription.price.currency}; a plan change keeps one currency.`);
  }
  if (plan.billingPeriod !== subscription.billingPeriod) {
    throw conflict(`The plan ${plan.id} is billed per ${plan.billingPeriod} and the subscription per ${subscription.billingPeriod}; a plan change keeps the billing period.`);
  }
  if (plan.limits.storageGiB < instance.resources.storageGiB) {
    throw conflict(
      `The plan ${plan.id} has ${plan.limits.storageGiB} GiB of storage, less than the instance's volumes (${instance.resources.storageGiB} GiB): volumes only grow, so a plan with at least ${instance.resources.storageGiB} GiB is needed.`,
    );
  }
  if (!subscription.currentPeriodStart || !subscription.currentPeriodEnd) throw conflict('The subscription has no current billing period to prorate.');
};
