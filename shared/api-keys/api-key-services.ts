import { dynamoDocumentClient } from '../aws/clients';
import { functionEnvironmentSchema } from '../config/function-environment';
import { loadConfig, once } from '../config/load-config';
import { dynamoRateLimiter } from '../rate-limit/dynamo-rate-limiter';
import type { ApiKeyDeps } from './api-key-deps';
import { dynamoApiKeyStore } from './dynamo-api-key-store';

/**
 * The API key machinery of this deployment, built once from the environment: what the customer
 * authenticator (shared/auth) checks a presented key with, and what the key routes manage keys with.
 */
export const apiKeyServices = once((): ApiKeyDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return {
    keys: dynamoApiKeyStore(db, env.TABLE_NAME),
    // Each subject brings its own window (the key's call limit), so this default is never used.
    limiter: dynamoRateLimiter(db, env.TABLE_NAME, 60),
    now: () => new Date(),
  };
});
