import { unauthorized } from '../auth/bearer-token';
import type { AccountDeps } from './account-deps';
import { publicUser } from './start-session';

/** The caller's own account; a deleted one is no longer a valid caller. */
export const currentUser = async (deps: Pick<AccountDeps, 'users'>, userId: string) => {
  const user = await deps.users.get(userId);
  if (!user) throw unauthorized('The account no longer exists.');
  return user;
};

export const getProfile = async (deps: Pick<AccountDeps, 'users'>, userId: string) => publicUser(await currentUser(deps, userId));
