import { Aws } from 'aws-cdk-lib';
import type { IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { AuthKind } from '../../shared/http/route';

/** The authorizer API Gateway puts in front of each kind of route; undefined lets the request through. */
export type RouteAuthorizers = Readonly<Record<AuthKind, IHttpRouteAuthorizer | undefined>>;

export interface RouteAuthorizerSources {
  /** The administrators' user pool and the app client their access tokens are issued to. */
  adminUserPool: IUserPool;
  adminClient: IUserPoolClient;
}

/** The `iss` of the pool's tokens: https://cognito-idp.<region>.amazonaws.com/<pool id>. */
export const cognitoIssuerUrl = (userPool: IUserPool): string =>
  `https://cognito-idp.${Aws.REGION}.${Aws.URL_SUFFIX}/${userPool.userPoolId}`;

/**
 * The one place where a route's `auth` becomes a gateway authorizer. Every non-public route is still
 * checked by its handler (shared/auth), so the gateway is a second lock, not the only one:
 * - admin: a JWT authorizer on the Cognito user pool (DESIGN section 5). It checks signature, issuer, expiry
 *   and audience; Cognito access tokens have no `aud`, and API Gateway then compares `client_id` with the
 *   audience list. The ADMINISTRATOR group is checked by the handler, which verifies the token again;
 * - customer and agent: the platform's own tokens, verified in the handler;
 * - signed-inbound: the signature covers the raw body, which only the handler sees.
 */
export const routeAuthorizers = (sources: RouteAuthorizerSources): RouteAuthorizers => ({
  public: undefined,
  customer: undefined,
  // One authorizer object: it creates one AWS::ApiGatewayV2::Authorizer, shared by every admin route.
  admin: new HttpJwtAuthorizer('AdminJwtAuthorizer', cognitoIssuerUrl(sources.adminUserPool), {
    jwtAudience: [sources.adminClient.userPoolClientId],
  }),
  agent: undefined,
  'signed-inbound': undefined,
});
