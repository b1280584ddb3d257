import * as z from 'zod';
import { currentUser } from '../accounts/get-profile';
import { publicUser } from '../accounts/start-session';
import { userSchema } from '../accounts/user';
import { backupSchema } from '../backups/backup';
import { ledgerEntrySchema } from '../billing/ledger-entry';
import { notificationSchema } from '../notifications/notification';
import { instanceSchema, subscriptionSchema, type Instance } from '../subscriptions/subscription';
import { webhookEndpointSchema } from '../webhooks/webhook-endpoint';
import type { AccountDataDeps } from './account-data-deps';
import { readAll } from './read-all';

/** How much of each kind one export holds: far above one customer's share, and stated in the schema. */
export const EXPORT_CAPS = { subscriptions: 500, backupsPerSubscription: 100, webhooks: 100, ledger: 5000, notifications: 2000 } as const;

export const accountExportSchema = z
  .object({
    exportedAt: z.iso.datetime(),
    profile: userSchema,
    subscriptions: z.array(subscriptionSchema).max(EXPORT_CAPS.subscriptions),
    instances: z.array(instanceSchema).max(EXPORT_CAPS.subscriptions),
    backups: z.array(backupSchema).max(EXPORT_CAPS.subscriptions * EXPORT_CAPS.backupsPerSubscription),
    webhooks: z.array(webhookEndpointSchema).max(EXPORT_CAPS.webhooks).meta({ description: 'The endpoints, never their signing secrets' }),
    ledger: z.array(ledgerEntrySchema).max(EXPORT_CAPS.ledger),
    notifications: z.array(notificationSchema).max(EXPORT_CAPS.notifications),
  })
  .meta({ id: 'AccountExport', description: 'Everything the platform holds about the caller (no password hash, no secret, no token).' });

export type AccountExport = z.infer<typeof accountExportSchema>;

/**
 * Everything the platform holds about the caller, as JSON: the profile (never the hash), every subscription
 * with its instance and backups, the webhook endpoints (never their secrets), the ledger entries and the
 * notifications. Sessions and rate counters are left out: they hold only hashes.
 */
export const exportAccount = async (
  deps: Pick<AccountDataDeps, 'users' | 'subscriptions' | 'backups' | 'webhooks' | 'ledger' | 'notifications' | 'now'>,
  userId: string,
): Promise<AccountExport> => {
  const user = await currentUser(deps, userId);
  const owner = { kind: 'customer' as const, userId };
  const [subscriptions, webhooks, ledger, notifications] = await Promise.all([
    readAll((page) => deps.subscriptions.listForUser(userId, page), EXPORT_CAPS.subscriptions),
    readAll((page) => deps.webhooks.list(owner, page), EXPORT_CAPS.webhooks),
    readAll((page) => deps.ledger.listForUser(userId, page), EXPORT_CAPS.ledger),
    readAll((page) => deps.notifications.list(userId, { filter: 'all', ...page }), EXPORT_CAPS.notifications),
  ]);
  const instances = (await Promise.all(subscriptions.map((s) => deps.subscriptions.getInstance(s.instanceId)))).filter((i): i is Instance => Boolean(i));
  const backups = (await Promise.all(subscriptions.map((s) => readAll((page) => deps.backups.listForSubscription(s.id, page), EXPORT_CAPS.backupsPerSubscription)))).flat();
  return { exportedAt: deps.now().toISOString(), profile: publicUser(user), subscriptions, instances, backups, webhooks, ledger, notifications };
};
