import { JwtVerifier } from 'aws-jwt-verify';
import { randomUUID } from 'node:crypto';
import { staticJwksCache } from './static-jwks-cache';
import type { TokenSigner } from './token-signer';

/** About fifteen minutes: the longest a disabled account's token keeps working. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;

export interface AccessTokenSettings {
  issuer: string;
  audience: string;
}

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

/** Issues a customer access token: ES256, short-lived, naming the user and the session it belongs to. */
export const issueAccessToken = async (signer: TokenSigner, settings: AccessTokenSettings, claims: AccessTokenClaims, now = new Date()) => {
  const iat = Math.floor(now.getTime() / 1000);
  const token = await signer.sign({
    iss: settings.issuer,
    aud: settings.audience,
    sub: claims.sub,
    sid: claims.sid,
    token_use: 'access',
    jti: randomUUID(),
    iat,
    exp: iat + ACCESS_TOKEN_SECONDS,
  });
  return { accessToken: token, expiresIn: ACCESS_TOKEN_SECONDS };
};

/**
 * Verifies customer access tokens with aws-jwt-verify against the platform's own public keys: signature,
 * algorithm (ES256 only, so `alg: none` and HMAC tricks fail), issuer, audience, expiry and token use.
 */
export const customerTokenVerifier = (signer: TokenSigner, settings: AccessTokenSettings) => {
  const verifier = JwtVerifier.create(
    {
      issuer: settings.issuer,
      audience: settings.audience,
      jwksUri: `${settings.issuer}/.well-known/jwks.json`,
      customJwtCheck: ({ header, payload }) => {
        if (header.alg !== 'ES256') throw new Error('unexpected algorithm');
        if (payload.token_use !== 'access' || typeof payload.sid !== 'string' || typeof payload.sub !== 'string') {
          throw new Error('not a customer access token');
        }
      },
    },
    { jwksCache: staticJwksCache(() => signer.publicKeys()) },
  );
  return async (token: string): Promise<AccessTokenClaims> => {
    const payload = await verifier.verify(token);
    return { sub: payload.sub as string, sid: payload.sid as string };
  };
};
