import { customerOf } from '../../shared/auth/principal';
import { ownBackup } from '../../shared/backups/backup-operations';
import { httpHandler } from '../../shared/http/http-handler';
import { ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { backupDeps } from './backup-deps';
import { getBackupRoute } from './backup-routes';

export const handler = httpHandler(getBackupRoute, async ({ params, principal }) => {
  const deps = backupDeps();
  return { status: 200, body: await ownBackup(deps, await ownSubscription(deps, customerOf(principal).userId, params.id), params.backupId) };
});
