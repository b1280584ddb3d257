import { closeAccount } from '../../shared/account-data/close-account';
import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { callLimiter } from '../http/call-limiter';
import { accountDataDeps } from './account-data-deps';
import { closeMeRoute } from './auth-routes';

export const handler = httpHandler(
  closeMeRoute,
  async ({ body, principal }) => {
    await closeAccount(accountDataDeps(), customerOf(principal).userId, body);
    return { status: 202 };
  },
  { limiter: callLimiter },
);
