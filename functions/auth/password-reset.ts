import { resetPassword } from '../../shared/accounts/password-reset';
import { httpHandler } from '../../shared/http/http-handler';
import { callLimiter } from '../http/call-limiter';
import { accountDeps } from './account-deps';
import { resetPasswordRoute } from './auth-routes';

export const handler = httpHandler(
  resetPasswordRoute,
  async ({ body }) => {
    await resetPassword(accountDeps(), body);
    return { status: 204 };
  },
  { limiter: callLimiter },
);
