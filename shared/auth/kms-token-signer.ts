import { GetPublicKeyCommand, SignCommand, type KMSClient } from '@aws-sdk/client-kms';
import { createPublicKey } from 'node:crypto';
import { jwkThumbprint } from './jwk-thumbprint';
import { derToJoseSignature, signJwt } from './jwt-compact';
import type { PublicJwk, TokenSigner } from './token-signer';

/**
 * Signs with a KMS asymmetric key (ECC_NIST_P256, ECDSA_SHA_256). The private key never leaves KMS and
 * every signature is in CloudTrail; the public key is read once per container and published as the JWKS.
 */
export const kmsTokenSigner = (kms: KMSClient, keyId: string): TokenSigner => {
  let publicKey: Promise<PublicJwk> | undefined;
  const loadPublicKey = async (): Promise<PublicJwk> => {
    const { PublicKey } = await kms.send(new GetPublicKeyCommand({ KeyId: keyId }));
    if (!PublicKey) throw new Error('KMS returned no public key');
    const jwk = createPublicKey({ key: Buffer.from(PublicKey), format: 'der', type: 'spki' }).export({ format: 'jwk' });
    return { ...jwk, kid: jwkThumbprint(jwk), alg: 'ES256', use: 'sig' };
  };
  const currentKey = () => (publicKey ??= loadPublicKey().catch((error) => {
    publicKey = undefined;
    throw error;
  }));
  return {
    async sign(payload) {
      const { kid } = await currentKey();
      return signJwt({ alg: 'ES256', kid }, payload, async (data) => {
        const { Signature } = await kms.send(
          new SignCommand({ KeyId: keyId, Message: data, MessageType: 'RAW', SigningAlgorithm: 'ECDSA_SHA_256' }),
        );
        if (!Signature) throw new Error('KMS returned no signature');
        return derToJoseSignature(Buffer.from(Signature));
      });
    },
    publicKeys: async () => [await currentKey()],
  };
};
