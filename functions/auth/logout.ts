import { logout } from '../../shared/accounts/logout';
import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { accountDeps } from './account-deps';
import { logoutRoute } from './auth-routes';

export const handler = httpHandler(logoutRoute, async ({ body, principal }) => {
  await logout(accountDeps(), customerOf(principal), body?.refreshToken);
  return { status: 204 };
});
