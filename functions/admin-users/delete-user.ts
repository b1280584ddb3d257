import { deleteUser } from '../../shared/admin-users/admin-user-use-cases';
import { httpHandler } from '../../shared/http/http-handler';
import { adminUserDeps } from './admin-user-deps';
import { deleteUserRoute } from './admin-user-routes';

export const handler = httpHandler(deleteUserRoute, async ({ params }) => {
  await deleteUser(adminUserDeps(), params.id);
  return { status: 204 };
});
