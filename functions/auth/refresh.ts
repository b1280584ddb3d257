import { refreshSession } from '../../shared/accounts/refresh-session';
import { httpHandler } from '../../shared/http/http-handler';
import { accountDeps } from './account-deps';
import { refreshRoute } from './auth-routes';

export const handler = httpHandler(refreshRoute, async ({ body }) => ({ status: 200, body: await refreshSession(accountDeps(), body.refreshToken) }));
