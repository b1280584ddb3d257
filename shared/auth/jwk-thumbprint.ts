import { createHash, type JsonWebKey } from 'node:crypto';

/** RFC 7638 thumbprint of an EC public key: a stable key id that changes when the key does. */
export const jwkThumbprint = (jwk: JsonWebKey): string =>
  createHash('sha256').update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y })).digest('base64url');
