import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import { secretsManagerClient } from '../aws/secrets-manager-client';
import type { SecretSource } from './inbound-secret';

let provider: SecretsProvider | undefined;

/**
 * A secret read from Secrets Manager with Powertools Parameters, kept for `maxAgeSeconds` per container (so a
 * rotated secret is picked up within that time, and a warm function reads it once per window, not per
 * request). The function's role may read this one secret only (infra/aws/constructs/inbound-secrets.ts).
 */
export const secretsManagerSecret =
  (secretId: string, maxAgeSeconds: number): SecretSource =>
  async () => {
    provider ??= new SecretsProvider({ awsSdkV3Client: secretsManagerClient() });
    const value = await provider.get(secretId, { maxAge: maxAgeSeconds });
    if (typeof value !== 'string' || !value) throw new Error(`The secret ${secretId} has no string value.`);
    return value;
  };
