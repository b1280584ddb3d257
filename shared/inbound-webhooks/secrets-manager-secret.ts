import { secretsManagerClient } from '../aws/secrets-manager-client';
import type { SecretSource } from './inbound-secret';

/** Each secret read, by id, with when it was read: kept for the life of the container. */
const kept = new Map<string, { value: string; readAt: number }>();
/** Reads under way, so requests arriving together ask Secrets Manager once. */
const reading = new Map<string, Promise<string>>();

const read = async (secretId: string): Promise<string> => {
  const { SecretString } = await secretsManagerClient().GetSecretValue({ SecretId: secretId });
  if (typeof SecretString !== 'string' || !SecretString) throw new Error(`The secret ${secretId} has no string value.`);
  kept.set(secretId, { value: SecretString, readAt: Date.now() });
  return SecretString;
};

/**
 * A secret read from Secrets Manager, kept for `maxAgeSeconds` per container (so a rotated secret is picked
 * up within that time, and a warm function reads it once per window, not per request). The function's role
 * may read this one secret only (infra/aws/constructs/inbound-secrets.ts). A failed read is not kept: the
 * next request asks again.
 */
export const secretsManagerSecret =
  (secretId: string, maxAgeSeconds: number): SecretSource =>
  async () => {
    const known = kept.get(secretId);
    if (known && Date.now() - known.readAt < maxAgeSeconds * 1000) return known.value;
    let pending = reading.get(secretId);
    if (!pending) {
      pending = read(secretId).finally(() => reading.delete(secretId));
      reading.set(secretId, pending);
    }
    return pending;
  };
