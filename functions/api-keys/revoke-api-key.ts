import { apiKeyServices } from '../../shared/api-keys/api-key-services';
import { revokeApiKey } from '../../shared/api-keys/manage-api-keys';
import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { revokeApiKeyRoute } from './api-key-routes';

export const handler = httpHandler(revokeApiKeyRoute, async ({ params, principal }) => {
  await revokeApiKey(apiKeyServices(), customerOf(principal).userId, params.id);
  return { status: 204 };
});
