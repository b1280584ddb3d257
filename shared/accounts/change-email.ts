import type { AccountDeps } from './account-deps';
import { sendAccountMail } from './account-mail';
import { EmailTakenError } from './email';
import { sendVerificationLink } from './email-verification';
import type { StoredUser } from './user';

/** What asking for an address changes on the account, and the emails to send once that is written. */
export interface EmailChangePlan {
  /** The pending address to record, null to drop one, undefined to leave it. */
  pendingEmail: string | null | undefined;
  notify(updated: StoredUser): Promise<void>;
}

/**
 * The first half of an email change (the link's use is the second: verifyEmail in email-verification.ts).
 * The account keeps signing in with its address; the new one is recorded as pending and gets a link, and the
 * current one is told, so a person whose session and password were taken learns of it before anything moves.
 * Asking for the current address again cancels a pending change (its links stop working); asking for the
 * pending one again sends another link. Checks happen here, before the profile's one write.
 */
export const planEmailChange = async (
  deps: Pick<AccountDeps, 'users' | 'accountTokens' | 'mail' | 'now'>,
  user: StoredUser,
  email: string,
): Promise<EmailChangePlan> => {
  if (email === user.email) return { pendingEmail: user.pendingEmail ? null : undefined, notify: async () => {} };
  if (email === user.pendingEmail) return { pendingEmail: undefined, notify: (updated) => sendVerificationLink(deps, updated) };
  // Checked now to answer 409 before anything is written; the claim itself moves only when the link is used, conditionally.
  if (await deps.users.findByEmail(email)) throw new EmailTakenError();
  return {
    pendingEmail: email,
    // The notice first: the link is then the newest mail of the two (what the README's `mailtoken` reads).
    notify: async (updated) => {
      await sendAccountMail(deps.mail, 'email-change-requested', { email: user.email, name: user.name, userId: user.id }, undefined, { newEmail: email });
      await sendVerificationLink(deps, updated);
    },
  };
};
