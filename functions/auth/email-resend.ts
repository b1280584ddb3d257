import { resendVerification } from '../../shared/accounts/email-verification';
import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { callLimiter } from '../http/call-limiter';
import { accountDeps } from './account-deps';
import { resendVerificationRoute } from './auth-routes';

export const handler = httpHandler(
  resendVerificationRoute,
  async ({ principal }) => {
    await resendVerification(accountDeps(), customerOf(principal).userId);
    return { status: 202 };
  },
  { limiter: callLimiter },
);
