import { customerOf } from '../../shared/auth/principal';
import { requestBackup } from '../../shared/backups/backup-operations';
import { idempotencyKeyOf } from '../../shared/http/idempotency-key';
import { httpHandler } from '../../shared/http/http-handler';
import { ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { callLimiter } from '../http/call-limiter';
import { backupDeps } from './backup-deps';
import { createBackupRoute } from './backup-routes';

export const handler = httpHandler(
  createBackupRoute,
  async ({ params, principal, event }) => {
    const deps = backupDeps();
    const subscription = await ownSubscription(deps, customerOf(principal).userId, params.id);
    return { status: 202, body: await requestBackup(deps, subscription, 'manual', idempotencyKeyOf(event)) };
  },
  { limiter: callLimiter },
);
