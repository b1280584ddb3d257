import { register } from '../../shared/accounts/register';
import { httpHandler } from '../../shared/http/http-handler';
import { accountDeps } from './account-deps';
import { registerRoute } from './auth-routes';

export const handler = httpHandler(registerRoute, async ({ body }) => ({ status: 201, body: await register(accountDeps(), body) }));
