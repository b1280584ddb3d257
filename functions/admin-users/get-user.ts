import { getUser } from '../../shared/admin-users/admin-user-use-cases';
import { httpHandler } from '../../shared/http/http-handler';
import { adminUserDeps } from './admin-user-deps';
import { getUserRoute } from './admin-user-routes';

export const handler = httpHandler(getUserRoute, async ({ params }) => ({ status: 200, body: await getUser(adminUserDeps(), params.id) }));
