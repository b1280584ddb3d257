import { login } from '../../shared/accounts/login';
import { httpHandler } from '../../shared/http/http-handler';
import { accountDeps } from './account-deps';
import { loginRoute } from './auth-routes';

export const handler = httpHandler(loginRoute, async ({ body, event }) => ({
  status: 200,
  body: await login(accountDeps(), { ...body, sourceIp: event.requestContext.http.sourceIp }),
}));
