import type { SessionStore } from '../accounts/session-store';
import { publicUser } from '../accounts/start-session';
import type { UserStatus } from '../accounts/user';
import type { UserListQuery, UserStore } from '../accounts/user-store';
import { AppError, notFound } from '../errors/app-error';
import { domainEvent, type DomainEvent } from '../events/domain-event';
import type { LiveSubscriptions } from '../subscriptions/live-subscriptions';

export interface AdminUserDeps {
  users: UserStore;
  sessions: SessionStore;
  liveSubscriptions: LiveSubscriptions;
  now: () => Date;
}

const existing = async (deps: Pick<AdminUserDeps, 'users'>, userId: string) => {
  const user = await deps.users.get(userId, { consistent: true });
  if (!user) throw notFound('The user');
  return user;
};

export const listUsers = (deps: Pick<AdminUserDeps, 'users'>, query: UserListQuery) => deps.users.list(query);

export const getUser = async (deps: Pick<AdminUserDeps, 'users'>, userId: string) => publicUser(await existing(deps, userId));

/** Renames or (dis)ables an account. Disabling ends its sessions at once: no refresh, no new login. */
export const updateUser = async (deps: AdminUserDeps, userId: string, changes: { name?: string; status?: UserStatus }) => {
  const user = await existing(deps, userId);
  const now = deps.now();
  const events: DomainEvent[] = [domainEvent('user.updated', { userId, changed: Object.keys(changes) }, now)];
  const disabling = changes.status === 'DISABLED' && user.status !== 'DISABLED';
  if (disabling) events.push(domainEvent('user.disabled', { userId }, now));
  const updated = await deps.users.update(user, changes, now.toISOString(), events);
  if (disabling) await deps.sessions.revokeAll(userId);
  return publicUser(updated);
};

/** Deletes an account and its sessions, unless it still has subscriptions that run (409 until they end). */
export const deleteUser = async (deps: AdminUserDeps, userId: string) => {
  const user = await existing(deps, userId);
  const live = await deps.liveSubscriptions.count(userId);
  if (live > 0) {
    throw new AppError('conflict', `The user has ${live} live subscription(s); cancel them and wait until they end before deleting the account.`);
  }
  await deps.users.delete(user, [domainEvent('user.deleted', { userId }, deps.now())]);
  await deps.sessions.revokeAll(userId);
};
