import { domainEvent, type DomainEvent } from '../events/domain-event';
import { conflict, notFound } from '../errors/app-error';
import type { RateLimiter } from '../rate-limit/rate-limiter';
import { spendCall } from '../rate-limit/spend-call';
import type { WebhookEndpointStore } from './webhook-endpoint-store';

/** Test events a customer may ask for per window (the limiter's window, WEBHOOK_CALL_LIMITS.windowSeconds). */
export const WEBHOOK_CALL_LIMITS = { testsPerWindow: 10, retriesPerWindow: 30, windowSeconds: 10 * 60 } as const;

export interface SendTestEventDeps {
  endpoints: Pick<WebhookEndpointStore, 'get'>;
  limiter: Pick<RateLimiter, 'check' | 'recordFailure'>;
  /** Commits events through the outbox (shared/events/outbox.ts), as every publisher does. */
  commitEvents: (events: readonly DomainEvent[]) => Promise<unknown>;
  now: () => Date;
}

/** Moved to shared/rate-limit (the register and subscription-create limits use it too); kept here for its callers. */
export { spendCall } from '../rate-limit/spend-call';

/**
 * `POST /v1/webhooks/{id}/test`: a `webhook.test` event through the outbox like any other event, so it takes
 * the whole path (bus, rule, fan-out, delivery) and is numbered, signed, retried and logged like any
 * delivery; the fan-out sends it to this endpoint alone. Rate limited per customer.
 */
export const sendTestEvent = async (deps: SendTestEventDeps, userId: string, webhookId: string): Promise<{ eventId: string }> => {
  const endpoint = await deps.endpoints.get({ kind: 'customer', userId }, webhookId);
  if (!endpoint) throw notFound('The webhook');
  if (!endpoint.enabled) throw conflict('The webhook is disabled; turn it on (PATCH enabled: true) before testing it.');
  await spendCall(
    deps.limiter,
    { scope: 'webhook-test', subject: userId, limit: WEBHOOK_CALL_LIMITS.testsPerWindow, windowSeconds: WEBHOOK_CALL_LIMITS.windowSeconds },
    'webhook tests by this customer',
  );
  const event = domainEvent('webhook.test', { userId, webhookId }, deps.now());
  await deps.commitEvents([event]);
  return { eventId: event.id };
};
