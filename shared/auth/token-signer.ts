import type { JsonWebKey } from 'node:crypto';

/** The public half of a signing key as the JWKS publishes it. */
export interface PublicJwk extends JsonWebKey {
  kid: string;
  alg: 'ES256';
  use: 'sig';
}

/** Signs customer access tokens. Adapters: a local key (local-key-signer.ts) and KMS (kms-token-signer.ts). */
export interface TokenSigner {
  sign(payload: Record<string, unknown>): Promise<string>;
  /** The keys that verify what this signer signs: the platform's JWKS. */
  publicKeys(): Promise<PublicJwk[]>;
}
