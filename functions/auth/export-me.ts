import { exportAccount } from '../../shared/account-data/account-export';
import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { accountDataDeps } from './account-data-deps';
import { exportMeRoute } from './auth-routes';

export const handler = httpHandler(exportMeRoute, async ({ principal }) => ({ status: 200, body: await exportAccount(accountDataDeps(), customerOf(principal).userId) }));
