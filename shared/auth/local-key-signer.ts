import { createPrivateKey, generateKeyPairSync, sign, type JsonWebKey } from 'node:crypto';
import { jwkThumbprint } from './jwk-thumbprint';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { signJwt } from './jwt-compact';
import type { PublicJwk, TokenSigner } from './token-signer';

/** A P-256 key pair as JWKs, with the RFC 7638 thumbprint as its key id. */
export interface LocalKeyPair {
  privateJwk: JsonWebKey;
  publicJwk: PublicJwk;
}


export const generateLocalKeyPair = (): LocalKeyPair => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicJwk = publicKey.export({ format: 'jwk' });
  return {
    privateJwk: privateKey.export({ format: 'jwk' }),
    publicJwk: { ...publicJwk, kid: jwkThumbprint(publicJwk), alg: 'ES256', use: 'sig' },
  };
};

/**
 * Reads a key pair from a file, creating it (readable by this user only) on first use. The local runtime
 * keeps these in its data folder, so tokens stay valid across restarts and `--fresh` starts with new keys.
 */
export const loadOrCreateKeyPair = (file: string): LocalKeyPair => {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalKeyPair;
  const pair = generateLocalKeyPair();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(pair), { mode: 0o600 });
  return pair;
};

export const signWithLocalKey = (pair: LocalKeyPair, payload: Record<string, unknown>) => {
  const key = createPrivateKey({ key: pair.privateJwk, format: 'jwk' });
  return signJwt({ alg: 'ES256', kid: pair.publicJwk.kid }, payload, async (data) => sign('sha256', data, { key, dsaEncoding: 'ieee-p1363' }));
};

export const localKeySigner = (pair: LocalKeyPair): TokenSigner => ({
  sign: (payload) => signWithLocalKey(pair, payload),
  publicKeys: async () => [pair.publicJwk],
});

