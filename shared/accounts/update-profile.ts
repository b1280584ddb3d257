import { AppError } from '../errors/app-error';
import { domainEvent } from '../events/domain-event';
import type { AccountDeps } from './account-deps';
import { planEmailChange } from './change-email';
import { currentUser } from './get-profile';
import { hashPassword, verifyPassword } from './password-hasher';
import { assertUncommonPassword } from './common-passwords';
import { publicUser } from './start-session';

/**
 * Changes the caller's name, password and/or email address, in one write after every check. A new password
 * or address needs the current password. A new password ends every other session of the account (the one
 * making the change stays signed in); a new address takes effect only once the link emailed to it is
 * followed (shared/accounts/change-email.ts).
 */
export const updateProfile = async (
  deps: AccountDeps,
  caller: { userId: string; sessionId: string },
  changes: { name?: string; email?: string; password?: string; currentPassword?: string },
) => {
  const user = await currentUser(deps, caller.userId);
  if (changes.password !== undefined) await assertUncommonPassword(changes.password);
  if (changes.password !== undefined || changes.email !== undefined) {
    if (!(await verifyPassword(changes.currentPassword ?? '', user.passwordHash))) {
      throw new AppError('validation', 'The current password is wrong.', { errors: [{ field: 'body.currentPassword', message: 'is wrong' }] });
    }
  }
  const passwordHash = changes.password !== undefined ? await hashPassword(changes.password) : undefined;
  const emailChange = changes.email !== undefined ? await planEmailChange(deps, user, changes.email) : undefined;
  const changed = [
    ...(changes.name !== undefined ? ['name'] : []),
    ...(passwordHash ? ['password'] : []),
    ...(emailChange?.pendingEmail !== undefined ? ['pendingEmail'] : []),
  ];
  const now = deps.now();
  const updated = changed.length
    ? await deps.users.update(user, { name: changes.name, passwordHash, pendingEmail: emailChange?.pendingEmail }, now.toISOString(), [
        domainEvent('user.updated', { userId: user.id, changed }, now),
      ])
    : user;
  if (passwordHash) await deps.sessions.revokeAll(user.id, caller.sessionId);
  await emailChange?.notify(updated);
  return publicUser(updated);
};
