import { AppError } from '../errors/app-error';
import { domainEvent } from '../events/domain-event';
import type { AccountDeps } from './account-deps';
import { currentUser } from './get-profile';
import { hashPassword, verifyPassword } from './password-hasher';
import { assertUncommonPassword } from './common-passwords';
import { publicUser } from './start-session';

/**
 * Changes the caller's name and/or password. A new password needs the current one, and ends every other
 * session of the account (the one making the change stays signed in).
 */
export const updateProfile = async (
  deps: AccountDeps,
  caller: { userId: string; sessionId: string },
  changes: { name?: string; password?: string; currentPassword?: string },
) => {
  const user = await currentUser(deps, caller.userId);
  if (changes.password !== undefined) assertUncommonPassword(changes.password);
  let passwordHash: string | undefined;
  if (changes.password !== undefined) {
    if (!(await verifyPassword(changes.currentPassword ?? '', user.passwordHash))) {
      throw new AppError('validation', 'The current password is wrong.', { errors: [{ field: 'body.currentPassword', message: 'is wrong' }] });
    }
    passwordHash = await hashPassword(changes.password);
  }
  const now = deps.now();
  const changed = [...(changes.name !== undefined ? ['name'] : []), ...(passwordHash ? ['password'] : [])];
  const updated = await deps.users.update(user, { name: changes.name, passwordHash }, now.toISOString(), [
    domainEvent('user.updated', { userId: user.id, changed }, now),
  ]);
  if (passwordHash) await deps.sessions.revokeAll(user.id, caller.sessionId);
  return publicUser(updated);
};
