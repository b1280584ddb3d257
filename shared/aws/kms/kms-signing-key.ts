import { JsonServiceClient, type JsonServiceSettings } from '../json-protocol/json-service-client';

const KMS = { service: 'kms', target: 'TrentService', jsonVersion: '1.1' } as const;

/** An asymmetric KMS key as the token signer uses it: its public key, and signatures made inside KMS. */
export interface KmsSigningKey {
  /** GetPublicKey: the key's SubjectPublicKeyInfo, DER. */
  publicKey(): Promise<Uint8Array>;
  /** Sign with ECDSA_SHA_256 over the raw `message`: a DER signature. */
  sign(message: Uint8Array): Promise<Uint8Array>;
}

/**
 * The two KMS operations on the customer tokens' key, through the light JSON-protocol client: every
 * customer-facing function verifies tokens, so loading the AWS SDK's KMS client (~200 KiB with its core)
 * cost each of their cold starts (issue 21). Blobs travel base64 in KMS's JSON protocol.
 */
export const kmsSigningKey = (keyId: string, settings: JsonServiceSettings): KmsSigningKey => {
  const kms = new JsonServiceClient(KMS, settings);
  const call = async (operation: string, input: Record<string, unknown>, field: string): Promise<Uint8Array> => {
    const answer = JSON.parse((await kms.call(operation, JSON.stringify(input))).text) as Record<string, unknown>;
    const value = answer[field];
    if (typeof value !== 'string' || !value) throw new Error(`KMS ${operation} returned no ${field}`);
    return new Uint8Array(Buffer.from(value, 'base64'));
  };
  return {
    publicKey: () => call('GetPublicKey', { KeyId: keyId }, 'PublicKey'),
    sign: (message) =>
      call('Sign', { KeyId: keyId, Message: Buffer.from(message).toString('base64'), MessageType: 'RAW', SigningAlgorithm: 'ECDSA_SHA_256' }, 'Signature'),
  };
};
