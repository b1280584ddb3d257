import { customerOf } from '../../shared/auth/principal';
import { ownBackup, requestCloneRestore, requestRestore } from '../../shared/backups/backup-operations';
import { httpHandler } from '../../shared/http/http-handler';
import { createSubscription } from '../../shared/subscriptions/create-subscription';
import { ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { callLimiter } from '../http/call-limiter';
import { subscriptionDeps } from '../subscriptions/subscription-deps';
import { backupDeps } from './backup-deps';
import { restoreBackupRoute } from './backup-routes';

export const handler = httpHandler(
  restoreBackupRoute,
  async ({ params, body, principal }) => {
    const deps = backupDeps();
    const { userId } = customerOf(principal);
    const subscription = await ownSubscription(deps, userId, params.id);
    const backup = await ownBackup(deps, subscription, params.backupId);
    if (body.intoNewSubscription) {
      // A clone subscribes through the create route's own use case: its checks, capacity and charge apply.
      const created = await requestCloneRestore(deps, subscription, backup, (input) => createSubscription(subscriptionDeps(), userId, input), body.name);
      return { status: 202, body: created };
    }
    return { status: 202, body: { instance: await requestRestore(deps, subscription, backup) } };
  },
  { limiter: callLimiter },
);
