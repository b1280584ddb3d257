import type * as SecretsManager from '@aws-sdk/client-secrets-manager';
import { jsonApi } from '../json-protocol/json-api';
import type { JsonServiceSettings } from '../json-protocol/json-service-client';

const SECRETS_MANAGER = { service: 'secretsmanager', target: 'secretsmanager', jsonVersion: '1.1' } as const;

export interface SecretsManagerApi {
  /** The secret's current value; `CreatedDate` travels in epoch seconds (the protocol's timestamps). */
  GetSecretValue(input: SecretsManager.GetSecretValueRequest): Promise<Omit<SecretsManager.GetSecretValueResponse, 'CreatedDate' | 'SecretBinary'> & { CreatedDate?: number }>;
}

/**
 * Secrets Manager's GetSecretValue through the light JSON-protocol client: the inbound hooks and the
 * payment routes read their secret and nothing else, and the AWS SDK's client (with Powertools Parameters
 * over it) cost each of their cold starts its load (issue 21).
 */
export const secretsManagerApi = (settings: JsonServiceSettings): SecretsManagerApi & { destroy(): void } =>
  jsonApi<SecretsManagerApi>(SECRETS_MANAGER, settings, ['GetSecretValue']);
