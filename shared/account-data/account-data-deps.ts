import type { AccountDeps } from '../accounts/account-deps';
import type { ApiKeyStore } from '../api-keys/api-key-store';
import type { TotpStore } from '../mfa/totp-store';
import type { LedgerStore } from '../billing/ledger-store';
import type { ArchiveStore } from '../backups/archive-store';
import type { BackupStore } from '../backups/backup-store';
import type { NotificationStore } from '../notifications/notification-store';
import type { ManageDeps } from '../subscriptions/manage-subscription';
import type { WebhookEndpointStore } from '../webhooks/webhook-endpoint-store';

/**
 * What closing an account and exporting its data read and change: the account's own stores, and those of
 * every feature that holds something of the customer's. Cancelling goes through the subscriptions' own use
 * case (with its workflow starter), never around it.
 */
export interface AccountDataDeps extends Pick<AccountDeps, 'users' | 'sessions' | 'mail' | 'limiter' | 'now'> {
  subscriptions: ManageDeps['subscriptions'];
  workflows: ManageDeps['workflows'];
  backups: Pick<BackupStore, 'listForSubscription' | 'delete'>;
  /** The backups bucket: a closing account's archives are deleted with their records (they hold its apps' data). */
  archives: Pick<ArchiveStore, 'remove'>;
  webhooks: Pick<WebhookEndpointStore, 'list' | 'delete'>;
  ledger: Pick<LedgerStore, 'listForUser'>;
  notifications: Pick<NotificationStore, 'list'>;
  /** The account's API keys, removed when it closes. */
  apiKeys: Pick<ApiKeyStore, 'deleteAllOfUser'>;
  /** Its two-factor enrolment: a code is asked for the closing while it is on, and it is removed with the account. */
  totp: TotpStore;
}
