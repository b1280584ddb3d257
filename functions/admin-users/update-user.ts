import { updateUser } from '../../shared/admin-users/admin-user-use-cases';
import { httpHandler } from '../../shared/http/http-handler';
import { adminUserDeps } from './admin-user-deps';
import { updateUserRoute } from './admin-user-routes';

export const handler = httpHandler(updateUserRoute, async ({ params, body }) => ({ status: 200, body: await updateUser(adminUserDeps(), params.id, body) }));
