import { requestPasswordReset } from '../../shared/accounts/password-reset';
import { httpHandler } from '../../shared/http/http-handler';
import { callLimiter } from '../http/call-limiter';
import { accountDeps } from './account-deps';
import { forgotPasswordRoute } from './auth-routes';

export const handler = httpHandler(
  forgotPasswordRoute,
  async ({ body }) => {
    await requestPasswordReset(accountDeps(), body.email);
    return { status: 202 };
  },
  { limiter: callLimiter },
);
