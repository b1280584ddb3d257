import type { AccessTokenSettings } from '../auth/access-token';
import type { TokenSigner } from '../auth/token-signer';
import type { RateLimiter } from '../rate-limit/rate-limiter';
import type { SessionStore } from './session-store';
import type { UserStore } from './user-store';

/**
 * What the account use cases need, passed in: stores, the token signer, the login limiter and a clock.
 * Events leave only through the stores' transactions (the outbox), never by a direct publish.
 */
export interface AccountDeps {
  users: UserStore;
  sessions: SessionStore;
  limiter: RateLimiter;
  signer: TokenSigner;
  tokenSettings: AccessTokenSettings;
  now: () => Date;
}
