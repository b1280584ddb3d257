import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { PublicJwk } from './token-signer';

/**
 * A JWKS cache for aws-jwt-verify whose "fetch" reads keys the process already has (the platform's own
 * signer, or the local admin key file) instead of going over the network. Everything else — kid lookup,
 * algorithm and signature checks — stays aws-jwt-verify's.
 */
export const staticJwksCache = (keys: () => Promise<PublicJwk[]>) =>
  new SimpleJwksCache({
    fetcher: {
      fetch: async () => {
        const bytes = new TextEncoder().encode(JSON.stringify({ keys: await keys() }));
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      },
    },
  });
