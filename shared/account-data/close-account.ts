import { sendAccountMail } from '../accounts/account-mail';
import { currentUser } from '../accounts/get-profile';
import { verifyPassword } from '../accounts/password-hasher';
import { unauthorized } from '../auth/bearer-token';
import { archiveKeys } from '../backups/backup';
import { AppError } from '../errors/app-error';
import { requireSecondFactor } from '../mfa/manage-totp';
import { domainEvent } from '../events/domain-event';
import { cancelSubscription, onLatest, ownSubscription } from '../subscriptions/manage-subscription';
import type { AccountDataDeps } from './account-data-deps';
import { EXPORT_CAPS } from './account-export';
import { readAll } from './read-all';

/** States a subscription has ended in: nothing left to cancel. */
const ENDED = new Set(['CANCELLED', 'EXPIRED']);

/**
 * Closes the caller's account, with their password (and, while two-factor sign-in is on, a code of it or
 * a recovery code, spent by this request). In this order, each step safe to repeat, so a closing
 * that stops half-way (a subscription busy with a backup: 409) is finished by asking again:
 * 1. every live subscription is cancelled through the subscriptions' own use case (its instance is
 *    deprovisioned by the usual workflow);
 * 2. every backup of its subscriptions is deleted, archive and record (the archives hold its apps' data,
 *    personal data of its own users among it), every webhook endpoint (their secrets with them), every API
 *    key, and the two-factor enrolment;
 * 3. the address is told, while it is still known;
 * 4. the profile and the email claim are deleted, with `account.closed` (the address may register again;
 *    the name, address and password hash are gone), and every session ends.
 * Kept: the ledger entries (bookkeeping law), which hold amounts, dates and the account's id, never a name
 * or an address; subscription and instance records, which the deprovisioning needs and which hold ids.
 * A backup still RUNNING cannot be: cancelling refuses an instance BACKING_UP (409, asked again later).
 */
export const closeAccount = async (deps: AccountDataDeps, userId: string, input: { password: string; code?: string }) => {
  const user = await currentUser(deps, userId);
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    throw new AppError('forbidden', 'The password is wrong: the account stays open.', { errors: [{ field: 'body.password', message: 'is wrong' }] });
  }
  await requireSecondFactor(deps, userId, input.code);
  const subscriptions = await readAll((page) => deps.subscriptions.listForUser(userId, page), EXPORT_CAPS.subscriptions);
  let cancelled = 0;
  for (const subscription of subscriptions.filter((s) => !ENDED.has(s.status))) {
    try {
      await onLatest(() => ownSubscription(deps, userId, subscription.id), (latest) => (ENDED.has(latest.status) ? Promise.resolve(latest) : cancelSubscription(deps, latest)));
      cancelled++;
    } catch (error) {
      if (error instanceof AppError && error.type === 'conflict') {
        throw new AppError('conflict', `Subscription ${subscription.id} cannot be cancelled right now (${error.message}); the account stays open. Ask again once it settles: what was cancelled stays cancelled.`);
      }
      throw error;
    }
  }
  for (const subscription of subscriptions) {
    for (const backup of await readAll((page) => deps.backups.listForSubscription(subscription.id, page), EXPORT_CAPS.backupsPerSubscription)) {
      const keys = archiveKeys(backup);
      // The objects first: a record left without them is harmless, an archive left without its record is lost to the platform.
      await deps.archives.remove([keys.archive, keys.manifest]);
      await deps.backups.delete(backup);
    }
  }
  const owner = { kind: 'customer' as const, userId };
  for (const webhook of await readAll((page) => deps.webhooks.list(owner, page), EXPORT_CAPS.webhooks)) await deps.webhooks.delete(owner, webhook.id);
  await deps.apiKeys.deleteAllOfUser(userId);
  await deps.totp.deleteAllOfUser(userId);
  await sendAccountMail(deps.mail, 'account-closed', { email: user.email, name: user.name, userId });
  const now = deps.now();
  try {
    await deps.users.delete(user, [domainEvent('account.closed', { userId, subscriptionsCancelled: cancelled }, now), domainEvent('user.deleted', { userId }, now)]);
  } catch (error) {
    if (!(error instanceof AppError && error.type === 'not-found')) throw error;
    // The delete is conditional on the version read: another closing got there first (the caller is gone,
    // as any request of a closed account is told), or the profile changed meanwhile (ask again).
    if (!(await deps.users.get(userId, { consistent: true }))) throw unauthorized('The account no longer exists.');
    throw new AppError('conflict', 'The account changed while it was being closed; ask again: what was done stays done.');
  }
  await deps.sessions.revokeAll(userId);
};
