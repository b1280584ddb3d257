import { notFound } from '../../shared/errors/app-error';
import { subscriptionDeps } from '../subscriptions/subscription-deps';

export const anySubscription = async (id: string) => {
  const subscription = await subscriptionDeps().subscriptions.getAny(id);
  if (!subscription) throw notFound('The subscription');
  return subscription;
};
