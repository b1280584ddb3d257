import { getProfile } from '../../shared/accounts/get-profile';
import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { accountDeps } from './account-deps';
import { getMeRoute } from './auth-routes';

export const handler = httpHandler(getMeRoute, async ({ principal }) => ({ status: 200, body: await getProfile(accountDeps(), customerOf(principal).userId) }));
