import { httpHandler } from '../../shared/http/http-handler';
import { completeMfaLogin } from '../../shared/mfa/mfa-login';
import { mfaDeps } from './mfa-deps';
import { loginMfaRoute } from './mfa-routes';

export const handler = httpHandler(loginMfaRoute, async ({ body }) => ({ status: 200, body: await completeMfaLogin(mfaDeps(), body) }));
