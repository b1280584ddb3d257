import { headerOf } from '../../shared/http/http-event';
import { httpHandler } from '../../shared/http/http-handler';
import { applyAlerts } from '../../shared/inbound-webhooks/apply-alerts';
import { verifyBearerToken } from '../../shared/inbound-webhooks/hmac-signature';
import { signatureHeaders } from '../../shared/inbound-webhooks/inbound-sources';
import { hookDeps } from './hook-deps';
import { alertsHookRoute } from './hook-routes';
import { hmacCheck, hookAuthenticator } from './hook-verifiers';

/** Alertmanager sends a bearer token natively; a relay that signs may use the HMAC scheme, the token as its key. */
const authenticator = hookAuthenticator('alerts', ['authorization', signatureHeaders.hmac], (toleranceSeconds) => (request) => {
  const authorization = headerOf(request.event, 'authorization');
  if (authorization || !headerOf(request.event, signatureHeaders.hmac)) verifyBearerToken(authorization, request.secret);
  else hmacCheck(toleranceSeconds)(request);
});

export const handler = httpHandler(
  alertsHookRoute,
  async ({ body }) => {
    const deps = hookDeps();
    const result = await applyAlerts({ claims: deps.claims, getInstances: (ids) => deps.health.getInstances(ids), now: deps.now }, body);
    return { status: 202, body: { received: true, ...result } };
  },
  { authenticator },
);
