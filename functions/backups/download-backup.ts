import { customerOf } from '../../shared/auth/principal';
import { downloadLink, ownBackup } from '../../shared/backups/backup-operations';
import { httpHandler } from '../../shared/http/http-handler';
import { ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { backupDeps } from './backup-deps';
import { downloadBackupRoute } from './backup-routes';

export const handler = httpHandler(downloadBackupRoute, async ({ params, principal }) => {
  const deps = backupDeps();
  const backup = await ownBackup(deps, await ownSubscription(deps, customerOf(principal).userId, params.id), params.backupId);
  return { status: 200, body: await downloadLink(deps, backup) };
});
