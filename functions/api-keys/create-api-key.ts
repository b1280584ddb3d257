import { apiKeyServices } from '../../shared/api-keys/api-key-services';
import { createApiKey } from '../../shared/api-keys/manage-api-keys';
import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { createApiKeyRoute } from './api-key-routes';

export const handler = httpHandler(createApiKeyRoute, async ({ body, principal }) => ({
  status: 201,
  body: await createApiKey(apiKeyServices(), customerOf(principal).userId, body),
}));
