import { apiKeyServices } from '../../shared/api-keys/api-key-services';
import { listApiKeys } from '../../shared/api-keys/manage-api-keys';
import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { listApiKeysRoute } from './api-key-routes';

export const handler = httpHandler(listApiKeysRoute, async ({ principal }) => ({
  status: 200,
  body: await listApiKeys(apiKeyServices(), customerOf(principal).userId),
}));
