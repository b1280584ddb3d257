import * as z from 'zod';
import { apiKeyIdSchema, apiKeyListSchema, createApiKeySchema, createdApiKeySchema, MAX_API_KEYS } from '../../shared/api-keys/api-key';
import { defineRoute } from '../../shared/http/route';

const tags = ['Customer accounts: API keys'];

export const createApiKeyRoute = defineRoute({
  operationId: 'createApiKey',
  method: 'POST',
  path: '/v1/auth/api-keys',
  handler: 'api-keys/create-api-key',
  auth: 'customer',
  summary: 'Create an API key for automation (the key is shown once)',
  tags,
  request: { body: createApiKeySchema },
  responses: { 201: { description: 'The key as listed, and the key itself, for the last time.', schema: createdApiKeySchema } },
  errors: { 409: `The account already holds ${MAX_API_KEYS} keys.` },
});

export const listApiKeysRoute = defineRoute({
  operationId: 'listApiKeys',
  method: 'GET',
  path: '/v1/auth/api-keys',
  handler: 'api-keys/list-api-keys',
  auth: 'customer',
  summary: "The caller's API keys with their scopes, expiry and last use (never the key itself)",
  tags,
  responses: { 200: { description: 'Every key of the account, oldest first.', schema: apiKeyListSchema } },
});

export const revokeApiKeyRoute = defineRoute({
  operationId: 'revokeApiKey',
  method: 'DELETE',
  path: '/v1/auth/api-keys/{id}',
  handler: 'api-keys/revoke-api-key',
  auth: 'customer',
  summary: 'Revoke an API key: the next request with it is refused',
  tags,
  request: { params: z.object({ id: apiKeyIdSchema }) },
  responses: { 204: { description: 'Revoked.' } },
});

export const apiKeyRoutes = [createApiKeyRoute, listApiKeysRoute, revokeApiKeyRoute];
