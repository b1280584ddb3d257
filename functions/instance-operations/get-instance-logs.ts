import { customerOf } from '../../shared/auth/principal';
import { notFound } from '../../shared/errors/app-error';
import { httpHandler } from '../../shared/http/http-handler';
import { readInstanceLogs } from '../../shared/instance-operations/instance-logs';
import { ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { clusterReadDeps } from './instance-cluster-deps';
import { instanceLogsRoute } from './instance-operation-routes';

export const handler = httpHandler(instanceLogsRoute, async ({ params, query, principal }) => {
  const deps = clusterReadDeps();
  const subscription = await ownSubscription(deps, customerOf(principal).userId, params.id);
  const instance = await deps.subscriptions.getInstance(subscription.instanceId);
  if (!instance) throw notFound('The instance');
  // Logs change from one read to the next and may hold what the app prints: never cached on the way.
  return { status: 200, text: await readInstanceLogs(deps, instance, query), headers: { 'cache-control': 'no-store' } };
});
