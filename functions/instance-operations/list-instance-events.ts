import { customerOf } from '../../shared/auth/principal';
import { notFound } from '../../shared/errors/app-error';
import { httpHandler } from '../../shared/http/http-handler';
import { listInstanceEvents } from '../../shared/instance-operations/instance-events';
import { ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { clusterReadDeps } from './instance-cluster-deps';
import { instanceEventsRoute } from './instance-operation-routes';

export const handler = httpHandler(instanceEventsRoute, async ({ params, principal }) => {
  const deps = clusterReadDeps();
  const subscription = await ownSubscription(deps, customerOf(principal).userId, params.id);
  const instance = await deps.subscriptions.getInstance(subscription.instanceId);
  if (!instance) throw notFound('The instance');
  return { status: 200, body: { items: await listInstanceEvents(deps, instance) } };
});
