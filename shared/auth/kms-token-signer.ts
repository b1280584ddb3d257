import { createPublicKey } from 'node:crypto';
import type { KmsSigningKey } from '../aws/kms/kms-signing-key';
import { jwkThumbprint } from './jwk-thumbprint';
import { derToJoseSignature, signJwt } from './jwt-compact';
import type { PublicJwk, TokenSigner } from './token-signer';

/**
 * Signs with a KMS asymmetric key (ECC_NIST_P256, ECDSA_SHA_256). The private key never leaves KMS and
 * every signature is in CloudTrail; the public key is read once per container and published as the JWKS.
 */
export const kmsTokenSigner = (key: KmsSigningKey): TokenSigner => {
  let publicKey: Promise<PublicJwk> | undefined;
  const loadPublicKey = async (): Promise<PublicJwk> => {
    const jwk = createPublicKey({ key: Buffer.from(await key.publicKey()), format: 'der', type: 'spki' }).export({ format: 'jwk' });
    return { ...jwk, kid: jwkThumbprint(jwk), alg: 'ES256', use: 'sig' };
  };
  const currentKey = () => (publicKey ??= loadPublicKey().catch((error) => {
    publicKey = undefined;
    throw error;
  }));
  return {
    async sign(payload) {
      const { kid } = await currentKey();
      return signJwt({ alg: 'ES256', kid }, payload, async (data) => derToJoseSignature(Buffer.from(await key.sign(data))));
    },
    publicKeys: async () => [await currentKey()],
  };
};
