import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { staticJwksCache } from './static-jwks-cache';
import type { PublicJwk } from './token-signer';

export const ADMIN_GROUP = 'ADMINISTRATOR';

export interface AdminTokenSettings {
  userPoolId: string;
  clientId: string;
  /** Locally: the keys that sign local admin tokens, used instead of fetching Cognito's JWKS. */
  localKeys?: () => Promise<PublicJwk[]>;
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
    settings.localKeys ? { jwksCache: staticJwksCache(settings.localKeys) } : undefined,
  );
  return async (token: string) => {
    const payload = await verifier.verify(token);
    const groups = (payload['cognito:groups'] as string[] | undefined) ?? [];
    return { sub: payload.sub, username: payload.username as string | undefined, groups };
  };
};
