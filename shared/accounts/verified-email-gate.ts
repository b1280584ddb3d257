import { forbidden } from '../auth/bearer-token';
import type { UserStore } from './user-store';

export interface VerifiedEmailGate {
  users: Pick<UserStore, 'get'>;
  /** The stack setting `requireVerifiedEmail` (REQUIRE_VERIFIED_EMAIL), on by default. */
  required: boolean;
}

/** The 403 of the routes an unverified account may not use, as the OpenAPI document states it. */
export const UNVERIFIED_EMAIL_ERROR = 'The email address of the account is not verified yet: open the link emailed to it (POST /v1/auth/email/resend sends another).';

/**
 * Whether the customer may do something that spends the platform's resources on their behalf or sends data
 * to an address of theirs (subscribe, add a webhook): only with a verified address, while the setting is on.
 * A missing account is left to the use case, which answers it as it always has.
 */
export const assertVerifiedEmail = async (gate: VerifiedEmailGate, userId: string, doing: string) => {
  if (!gate.required) return;
  const user = await gate.users.get(userId, { consistent: true });
  if (user && !user.emailVerified) {
    throw forbidden(`Verify your email address before ${doing}: open the link emailed to ${user.email} when you registered, or POST /v1/auth/email/resend for another.`);
  }
};
