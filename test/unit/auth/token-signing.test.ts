import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { customerTokenVerifier, issueAccessToken } from '../../../shared/auth/access-token';
import { derToJoseSignature } from '../../../shared/auth/jwt-compact';
import type { KmsSigningKey } from '../../../shared/aws/kms/kms-signing-key';
import { kmsTokenSigner } from '../../../shared/auth/kms-token-signer';
import { generateLocalKeyPair, localKeySigner } from '../../../shared/auth/local-key-signer';

const settings = { issuer: 'https://issuer.test', audience: 'api.test' };

describe('DER to JOSE signatures', () => {
  it('gives the same r‖s that Node produces directly, for many signatures (short r and s included)', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    for (let i = 0; i < 200; i++) {
      const data = Buffer.from(`message ${i}`);
      const der = sign('sha256', data, { key: privateKey, dsaEncoding: 'der' });
      const jose = derToJoseSignature(der);
      expect(jose).toHaveLength(64);
      const publicKey = createPublicKey(privateKey);
      expect(verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, jose)).toBe(true);
    }
  });
});

describe('customer access tokens', () => {
  it('signed locally, verify; the verifier refuses another issuer, audience or an expired token', async () => {
    const signer = localKeySigner(generateLocalKeyPair());
    const verify = customerTokenVerifier(signer, settings);
    const { accessToken, expiresIn } = await issueAccessToken(signer, settings, { sub: 'user-1', sid: 'session-1' });
    expect(expiresIn).toBe(900);
    expect(await verify(accessToken)).toEqual({ sub: 'user-1', sid: 'session-1' });
    const old = await issueAccessToken(signer, settings, { sub: 'u', sid: 's' }, new Date('2020-01-01T00:00:00Z'));
    await expect(verify(old.accessToken)).rejects.toThrow();
    await expect(customerTokenVerifier(signer, { ...settings, audience: 'other' })(accessToken)).rejects.toThrow();
    await expect(customerTokenVerifier(signer, { ...settings, issuer: 'https://other.test' })(accessToken)).rejects.toThrow();
  });

  it('signed by KMS (DER signatures, public key from GetPublicKey), verify the same way', async () => {
    // A stand-in for the KMS key: a real P-256 key answering the way KMS answers (SPKI DER public key, DER signatures).
    // The light KMS client itself is checked against moto (test/aws-emulator/identity.test.ts).
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    let publicKeyReads = 0;
    const kmsKey: KmsSigningKey = {
      publicKey: async () => (publicKeyReads++, new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }))),
      sign: async (message) => new Uint8Array(sign('sha256', Buffer.from(message), { key: privateKey, dsaEncoding: 'der' })),
    };
    const signer = kmsTokenSigner(kmsKey);
    const { accessToken } = await issueAccessToken(signer, settings, { sub: 'user-2', sid: 'session-2' });
    expect(await customerTokenVerifier(signer, settings)(accessToken)).toEqual({ sub: 'user-2', sid: 'session-2' });
    const [key] = await signer.publicKeys();
    expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(key).not.toHaveProperty('d');
    // The public key is read once per container, not per token.
    await issueAccessToken(signer, settings, { sub: 'user-3', sid: 'session-3' });
    expect(publicKeyReads).toBe(1);
  });
});
