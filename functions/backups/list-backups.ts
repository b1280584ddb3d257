import { customerOf } from '../../shared/auth/principal';
import { ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { httpHandler } from '../../shared/http/http-handler';
import { backupDeps } from './backup-deps';
import { listBackupsRoute } from './backup-routes';

export const handler = httpHandler(listBackupsRoute, async ({ params, query, principal }) => {
  const deps = backupDeps();
  const subscription = await ownSubscription(deps, customerOf(principal).userId, params.id);
  return { status: 200, body: await deps.backups.listForSubscription(subscription.id, query) };
});
