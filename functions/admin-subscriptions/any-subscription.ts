import { notFound } from '../../shared/errors/app-error';
import { subscriptionReadDeps } from '../subscriptions/subscription-read-deps';

export const anySubscription = async (id: string) => {
  const subscription = await subscriptionReadDeps().subscriptions.getAny(id);
  if (!subscription) throw notFound('The subscription');
  return subscription;
};
