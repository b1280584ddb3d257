import type { AccessTokenSettings } from '../auth/access-token';
import type { TokenSigner } from '../auth/token-signer';
import type { RateLimiter } from '../rate-limit/rate-limiter';
import type { AccountMailDeps } from './account-mail';
import type { AccountTokenStore } from './account-token-store';
import type { SessionStore } from './session-store';
import type { StoredUser } from './user';
import type { UserStore } from './user-store';

/**
 * Asked by login once the password passed: the second step the account needs (a challenge to answer with a
 * code), or undefined when it has none. shared/mfa/mfa-login.ts implements it.
 */
export interface SecondFactorGate {
  challengeFor(user: StoredUser, now: Date): Promise<{ mfaRequired: true; mfaToken: string } | undefined>;
}

/**
 * What the account use cases need, passed in: stores, the token signer, the login limiter and a clock.
 * Events leave only through the stores' transactions (the outbox), never by a direct publish.
 */
export interface AccountDeps {
  users: UserStore;
  sessions: SessionStore;
  limiter: RateLimiter;
  secondFactor: SecondFactorGate;
  signer: TokenSigner;
  tokenSettings: AccessTokenSettings;
  now: () => Date;
  /** The single-use tokens of reset and verification links (only their hashes). */
  accountTokens: AccountTokenStore;
  /** How account emails leave, and where their links point. */
  mail: AccountMailDeps;
}
