import { AppError, notFound } from '../errors/app-error';
import { ownSubscription } from '../subscriptions/manage-subscription';
import { assertInstanceIdle } from '../subscriptions/lifecycle';
import type { Instance } from '../subscriptions/subscription';
import type { DomainDeps } from './domain-deps';

/** Instances a domain cannot point at: going or gone, or never started. */
const unroutable = new Set(['DELETING', 'DELETED', 'FAILED']);

export const isGone = (instance: Instance | undefined): boolean => !instance || instance.status === 'DELETING' || instance.status === 'DELETED';

/** The host a domain's CNAME points at: the instance's own (`<instance>.<APPS_DOMAIN>`). */
export const instanceHost = (instance: Instance): string => new URL(instance.url).hostname;

/**
 * The caller's subscription and its instance, for a change to its domains: another customer's is a 404, an
 * instance in the middle of an operation a 409 naming it, one that is going or failed a 409 with its state.
 */
export const instanceForDomains = async (deps: Pick<DomainDeps, 'subscriptions'>, userId: string, subscriptionId: string, action: string) => {
  const subscription = await ownSubscription(deps, userId, subscriptionId);
  const instance = await deps.subscriptions.getInstance(subscription.instanceId);
  if (!instance) throw notFound('The instance');
  assertInstanceIdle(instance, action);
  return { subscription, instance };
};

export const assertRoutable = (instance: Instance, action: string) => {
  if (unroutable.has(instance.status)) throw new AppError('conflict', `Cannot ${action}: the instance is ${instance.status}.`);
};
