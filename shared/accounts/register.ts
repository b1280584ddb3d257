import { ulid } from 'ulid';
import { domainEvent } from '../events/domain-event';
import type { AccountDeps } from './account-deps';
import { hashPassword } from './password-hasher';
import { assertUncommonPassword } from './common-passwords';
import { sendVerificationLink } from './email-verification';
import { startSession } from './start-session';
import type { StoredUser } from './user';

/**
 * Creates an account (the email is already normalised by its schema), emails the link that verifies the
 * address, and signs it in. The account starts unverified; a failed send is logged and the customer can ask
 * for another link (POST /v1/auth/email/resend).
 */
export const register = async (deps: AccountDeps, input: { email: string; password: string; name: string }) => {
  await assertUncommonPassword(input.password);
  const now = deps.now();
  const user: StoredUser = {
    id: ulid(now.getTime()),
    email: input.email,
    name: input.name,
    status: 'ACTIVE',
    emailVerified: false,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    passwordHash: await hashPassword(input.password),
    version: 1,
  };
  await deps.users.create(user, [domainEvent('user.registered', { userId: user.id }, now)]);
  await sendVerificationLink(deps, user);
  return startSession(deps, user);
};
