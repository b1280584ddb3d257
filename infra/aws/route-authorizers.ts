import type { IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import type { AuthKind } from '../../shared/http/route';

/** The authorizer API Gateway puts in front of each kind of route; undefined lets the request through. */
export type RouteAuthorizers = Readonly<Record<AuthKind, IHttpRouteAuthorizer | undefined>>;

/**
 * The one place where a route's `auth` becomes a gateway authorizer. Every non-public route is still
 * checked by its handler (shared/auth/authenticators.ts refuses them until identity lands), so the gateway
 * is a second lock, not the only one:
 * - admin: a later issue puts an HttpJwtAuthorizer on the Cognito user pool here (DESIGN section 5);
 * - customer and agent: the platform's own tokens, verified in the handler;
 * - signed-inbound: the signature covers the raw body, which only the handler sees.
 */
export const routeAuthorizers = (): RouteAuthorizers => ({
  public: undefined,
  customer: undefined,
  admin: undefined,
  agent: undefined,
  'signed-inbound': undefined,
});
