import type { AccountDeps } from '../accounts/account-deps';
import type { TotpStore } from './totp-store';

/** What the two-factor use cases need: the account deps (users, sessions, limiter, signer, clock) and the TOTP store. */
export type MfaDeps = Pick<AccountDeps, 'users' | 'sessions' | 'limiter' | 'signer' | 'tokenSettings' | 'now'> & { totp: TotpStore };
