import { register } from '../../shared/accounts/register';
import { httpHandler } from '../../shared/http/http-handler';
import { callLimiter } from '../http/call-limiter';
import { accountDeps } from './account-deps';
import { registerRoute } from './auth-routes';

export const handler = httpHandler(registerRoute, async ({ body }) => ({ status: 201, body: await register(accountDeps(), body) }), { limiter: callLimiter });
