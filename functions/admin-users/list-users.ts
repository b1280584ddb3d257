import { listUsers } from '../../shared/admin-users/admin-user-use-cases';
import { httpHandler } from '../../shared/http/http-handler';
import { adminUserDeps } from './admin-user-deps';
import { listUsersRoute } from './admin-user-routes';

export const handler = httpHandler(listUsersRoute, async ({ query }) => ({ status: 200, body: await listUsers(adminUserDeps(), query) }));
