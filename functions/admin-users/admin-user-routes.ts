import * as z from 'zod';
import { adminUpdateUserSchema, userIdSchema, userSchema, userStatusSchema } from '../../shared/accounts/user';
import { pageOf, pageQuerySchema } from '../../shared/http/pagination';
import { defineRoute } from '../../shared/http/route';

const tags = ['Administration: users'];
const idParams = z.object({ id: userIdSchema });

export const listUsersRoute = defineRoute({
  operationId: 'adminListUsers',
  method: 'GET',
  path: '/v1/admin/users',
  handler: 'admin-users/list-users',
  auth: 'admin',
  summary: 'List customer accounts, by email, optionally filtered by email prefix and status',
  tags,
  request: {
    query: pageQuerySchema.extend({
      emailPrefix: z.string().trim().toLowerCase().min(1).max(254).optional().meta({ example: 'ada@' }),
      status: userStatusSchema.optional(),
    }),
  },
  responses: { 200: { description: 'A page of accounts.', schema: pageOf(userSchema, 'UserPage') } },
});

export const getUserRoute = defineRoute({
  operationId: 'adminGetUser',
  method: 'GET',
  path: '/v1/admin/users/{id}',
  handler: 'admin-users/get-user',
  auth: 'admin',
  summary: 'Get one account',
  tags,
  request: { params: idParams },
  responses: { 200: { description: 'The account.', schema: userSchema } },
});

export const updateUserRoute = defineRoute({
  operationId: 'adminUpdateUser',
  method: 'PATCH',
  path: '/v1/admin/users/{id}',
  handler: 'admin-users/update-user',
  auth: 'admin',
  summary: 'Rename an account or set its status (DISABLED ends its sessions at once)',
  tags,
  request: { params: idParams, body: adminUpdateUserSchema },
  responses: { 200: { description: 'The changed account.', schema: userSchema } },
});

export const deleteUserRoute = defineRoute({
  operationId: 'adminDeleteUser',
  method: 'DELETE',
  path: '/v1/admin/users/{id}',
  handler: 'admin-users/delete-user',
  auth: 'admin',
  summary: 'Delete an account (409 while it has live subscriptions)',
  tags,
  request: { params: idParams },
  responses: { 204: { description: 'The account and its sessions are gone.' } },
});

export const adminUserRoutes = [listUsersRoute, getUserRoute, updateUserRoute, deleteUserRoute];
