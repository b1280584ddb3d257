import { customerOf } from '../../shared/auth/principal';
import { deleteBackup, ownBackup } from '../../shared/backups/backup-operations';
import { httpHandler } from '../../shared/http/http-handler';
import { ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { backupDeps } from './backup-deps';
import { deleteBackupRoute } from './backup-routes';

export const handler = httpHandler(deleteBackupRoute, async ({ params, principal }) => {
  const deps = backupDeps();
  const backup = await ownBackup(deps, await ownSubscription(deps, customerOf(principal).userId, params.id), params.backupId);
  await deleteBackup(deps, backup);
  return { status: 204 };
});
