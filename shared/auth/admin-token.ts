import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { staticJwksCache } from './static-jwks-cache';
import type { PublicJwk } from './token-signer';

export const ADMIN_GROUP = 'ADMINISTRATOR';

export interface AdminTokenSettings {
  userPoolId: string;
  clientId: string;
  /** Locally: the keys that sign local admin tokens, used instead of fetching Cognito's JWKS. */
  localKeys?: () => Promise<PublicJwk[]>;
  /**
   * Where the pool's JWKS is read instead of Cognito's own address: an AWS emulator's (moto, LocalStack),
   * e.g. `http://127.0.0.1:4566/<poolId>/.well-known/jwks.json`. Never set in AWS.
   */
  jwksUri?: string;
}

export const cognitoIssuer = (userPoolId: string) => {
  const region = userPoolId.split('_')[0];
  return `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;
};

/**
 * Verifies an administrator's Cognito access token with aws-jwt-verify: issuer (the user pool), client,
 * token use and expiry. The group is checked by the caller so that a valid token without it is a 403, not
 * a 401. In AWS the keys come from Cognito's JWKS; locally from the local admin key.
 */
export const adminTokenVerifier = (settings: AdminTokenSettings) => {
  const verifier = CognitoJwtVerifier.create(
    { userPoolId: settings.userPoolId, clientId: settings.clientId, tokenUse: 'access' },
    settings.localKeys
      ? { jwksCache: staticJwksCache(settings.localKeys) }
      : settings.jwksUri
        ? { jwksCache: jwksCacheReadingFrom(settings.jwksUri) }
        : undefined,
  );
  return async (token: string) => {
    const payload = await verifier.verify(token);
    const groups = (payload['cognito:groups'] as string[] | undefined) ?? [];
    return { sub: payload.sub, username: payload.username as string | undefined, groups };
  };
};

/**
 * aws-jwt-verify builds the JWKS address from the pool id and overwrites a `jwksUri` option with it, so an
 * emulator's address is given through the fetcher: whatever it is asked for, it reads `jwksUri`, with
 * fetch because an emulator speaks plain http (aws-jwt-verify's own fetcher only https). Issuer, kid,
 * algorithm and signature checks stay aws-jwt-verify's.
 */
const jwksCacheReadingFrom = (jwksUri: string) =>
  new SimpleJwksCache({
    fetcher: {
      fetch: async () => {
        const response = await fetch(jwksUri, { signal: AbortSignal.timeout(3000) });
        if (!response.ok) throw new Error(`JWKS at ${jwksUri} answered ${response.status}`);
        return response.arrayBuffer();
      },
    },
  });
