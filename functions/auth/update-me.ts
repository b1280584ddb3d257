import { updateProfile } from '../../shared/accounts/update-profile';
import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { callLimiter } from '../http/call-limiter';
import { accountDeps } from './account-deps';
import { updateMeRoute } from './auth-routes';

export const handler = httpHandler(
  updateMeRoute,
  async ({ body, principal }) => ({ status: 200, body: await updateProfile(accountDeps(), customerOf(principal), body) }),
  { limiter: callLimiter },
);
