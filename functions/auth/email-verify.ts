import { verifyEmail } from '../../shared/accounts/email-verification';
import { httpHandler } from '../../shared/http/http-handler';
import { callLimiter } from '../http/call-limiter';
import { accountDeps } from './account-deps';
import { verifyEmailRoute } from './auth-routes';

export const handler = httpHandler(
  verifyEmailRoute,
  async ({ body }) => {
    await verifyEmail(accountDeps(), body.token);
    return { status: 204 };
  },
  { limiter: callLimiter },
);
