import { httpHandler } from '../../shared/http/http-handler';
import { applyKubernetesEvent } from '../../shared/inbound-webhooks/apply-kubernetes-event';
import { signatureHeaders } from '../../shared/inbound-webhooks/inbound-sources';
import { hookDeps } from './hook-deps';
import { kubernetesHookRoute } from './hook-routes';
import { hmacCheck, hookAuthenticator } from './hook-verifiers';

export const handler = httpHandler(
  kubernetesHookRoute,
  async ({ body }) => {
    const { outcome } = await applyKubernetesEvent(hookDeps(), body);
    return { status: 202, body: { received: true, outcome } };
  },
  { authenticator: hookAuthenticator('kubernetes', [signatureHeaders.hmac], hmacCheck) },
);
