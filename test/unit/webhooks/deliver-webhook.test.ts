import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../shared/events/domain-event';
import { DELIVERY_CLAIM_SECONDS, deliverWebhook, type DeliveryDeps } from '../../../shared/webhooks/deliver-webhook';
import type { NewDeliveryAttempt } from '../../../shared/webhooks/delivery-attempt';
import type { DeliveryMessage } from '../../../shared/webhooks/delivery-message';
import { DEFAULT_HEALTH_SETTINGS, type EndpointHealth, type HealthChange } from '../../../shared/webhooks/endpoint-health';
import { DEFAULT_RETRY_SCHEDULE_SECONDS } from '../../../shared/webhooks/retry-schedule';
import type { DeliverableWebhookEndpoint } from '../../../shared/webhooks/webhook-endpoint-store';
import { newWebhookSecret } from '../../../shared/webhooks/webhook-secret';
import type { SendResult } from '../../../shared/webhooks/webhook-sender';

const now = new Date('2025-06-01T12:00:00Z');
const message: DeliveryMessage = {
  endpointId: 'E1',
  owner: { kind: 'customer', userId: 'U1' },
  event: { id: 'EV1', type: 'subscription.renewed', occurredAt: '2025-06-01T11:59:59.000Z', detail: { userId: 'U1', subscriptionId: 'S1', currentPeriodEnd: '2026-06-01' } },
  sequence: 4,
  previousEventId: 'EV0',
};

/** The delivery record's claim, as dynamo-webhook-delivery-store.ts keeps it; shared by the copies of one delivery. */
const claimRecord = () => ({ holder: undefined as string | undefined, heldUntil: 0, delivered: false });

/** A delivery's dependencies as fakes that record what they were asked. */
const fakes = (
  options: { answer?: SendResult; endpoint?: Partial<DeliverableWebhookEndpoint> | null; health?: EndpointHealth; attemptsSoFar?: number; claim?: ReturnType<typeof claimRecord>; now?: Date } = {},
) => {
  const claim = options.claim ?? claimRecord();
  const at = options.now ?? now;
  const recorded: NewDeliveryAttempt[] = [];
  const sent: { url: string; body: string; headers: Record<string, string> }[] = [];
  const health: { change: HealthChange; events: readonly DomainEvent[] }[] = [];
  const tallied: { succeeded: boolean; at: Date }[] = [];
  let attempts = options.attemptsSoFar ?? 0;
  const endClaim = ({ holder, outcome }: { holder: string; outcome: 'delivered' | 'released' }) => {
    if (outcome === 'delivered') Object.assign(claim, { delivered: true, holder: undefined });
    else if (claim.holder === holder) claim.holder = undefined;
  };
  const endpoint: DeliverableWebhookEndpoint | undefined =
    options.endpoint === null
      ? undefined
      : {
          id: 'E1',
          url: 'https://hooks.example.com/in',
          eventTypes: [],
          enabled: true,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          owner: message.owner,
          version: 1,
          secret: newWebhookSecret(),
          previousSecrets: [],
          health: options.health ?? {},
          ...options.endpoint,
        };
  const deps: DeliveryDeps = {
    endpoints: { getEndpointForDelivery: async () => endpoint },
    deliveries: {
      countAttempt: async () => ++attempts,
      claimAttempt: async (_endpoint, _delivery, { holder, now: claimedAt, holdSeconds }) => {
        if (claim.delivered) return { kind: 'delivered' };
        if (claim.holder && claim.holder !== holder && claim.heldUntil >= claimedAt.getTime()) return { kind: 'held-elsewhere' };
        Object.assign(claim, { holder, heldUntil: claimedAt.getTime() + holdSeconds * 1000 });
        return { kind: 'claimed', attempt: ++attempts };
      },
      endClaim: async (_endpoint, _delivery, holder, outcome) => endClaim({ holder, outcome }),
    },
    // The log entry and the claim's end are one write in the store: both land, or neither.
    attempts: {
      recordAttempt: async (attempt, also) => {
        recorded.push(attempt);
        if (also?.endClaim) endClaim(also.endClaim);
        if (also?.touch) health.push({ change: { kind: 'touch' }, events: [] });
        return { ...attempt, id: 'A', durationMs: attempt.durationMs } as never;
      },
    },
    health: { apply: async (_owner, _id, change, _now, events) => (health.push({ change, events }), true) },
    tally: { count: (succeeded, at) => void tallied.push({ succeeded, at }) },
    send: async (url, body, headers) => (sent.push({ url, body, headers }), options.answer ?? { statusCode: 200, durationMs: 12, responseBody: 'ok' }),
    retrySchedule: [...DEFAULT_RETRY_SCHEDULE_SECONDS],
    healthSettings: DEFAULT_HEALTH_SETTINGS,
    now: () => at,
    random: () => 0.5,
  };
  return { deps, recorded, sent, health, tallied };
};

describe('one delivery attempt', () => {
  it('a 2xx: delivered, logged with its attempt number, no retry; a first success records lastSuccessAt', async () => {
    const { deps, recorded, sent, health } = fakes({ attemptsSoFar: 2 });
    expect(await deliverWebhook(deps, message, 3)).toEqual({ done: true, result: 'delivered' });
    expect(sent[0]!.url).toBe('https://hooks.example.com/in');
    expect(JSON.parse(sent[0]!.body)).toEqual({ type: 'subscription.renewed', timestamp: message.event.occurredAt, data: message.event.detail });
    expect(sent[0]!.headers).toMatchObject({ 'webhook-id': 'EV1', 'webhook-sequence': '4', 'webhook-previous-id': 'EV0' });
    expect(recorded).toEqual([expect.objectContaining({ deliveryId: 'EV1', eventId: 'EV1', attempt: 3, statusCode: 200, durationMs: 12, responseBody: 'ok' })]);
    expect(recorded[0]!.nextRetryAt).toBeUndefined();
    expect(health.map((h) => h.change.kind)).toEqual(['touch']);
  });

  it('a 500: the next wait of the schedule, logged as the next retry time', async () => {
    const { deps, recorded, health } = fakes({ answer: { statusCode: 500, durationMs: 3 } });
    expect(await deliverWebhook(deps, message, 3)).toEqual({ done: false, retryInSeconds: 1800, exhausted: false });
    expect(recorded[0]).toMatchObject({ attempt: 1, statusCode: 500, nextRetryAt: '2025-06-01T12:30:00.000Z' });
    expect(health.map((h) => h.change)).toEqual([{ kind: 'start-failing', notify: false }]);
  });

  it('a 503 with Retry-After waits at least that long', async () => {
    const { deps } = fakes({ answer: { statusCode: 503, durationMs: 3, retryAfter: '600' } });
    expect(await deliverWebhook(deps, message, 2)).toMatchObject({ retryInSeconds: 600 });
  });

  it('the last attempt failing: no retry time, and the message is left to go to the DLQ at once', async () => {
    const { deps, recorded } = fakes({ answer: { error: 'timeout', durationMs: 15_000 } });
    expect(await deliverWebhook(deps, message, 8)).toEqual({ done: false, retryInSeconds: 0, exhausted: true });
    expect(recorded[0]).toMatchObject({ error: 'timeout' });
    expect(recorded[0]!.nextRetryAt).toBeUndefined();
  });

  it('a 410: the endpoint is disabled at once (webhook.disabled for its owner) and the message is done', async () => {
    const { deps, health } = fakes({ answer: { statusCode: 410, durationMs: 2 } });
    expect(await deliverWebhook(deps, message, 1)).toEqual({ done: true, result: 'gone' });
    expect(health[0]!.change).toEqual({ kind: 'disable', reason: 'The receiver answered 410 Gone.' });
    expect(health[0]!.events.map((e) => [e.type, e.detail])).toEqual([['webhook.disabled', { userId: 'U1', webhookId: 'E1' }]]);
  });

  it('an endpoint disabled or deleted since: nothing is sent, the drop is logged, the message is done', async () => {
    for (const [endpoint, error] of [[{ enabled: false }, 'endpoint-disabled'], [null, 'endpoint-deleted']] as const) {
      const { deps, recorded, sent } = fakes({ endpoint });
      expect(await deliverWebhook(deps, message, 2)).toEqual({ done: true, result: 'dropped' });
      expect(sent).toEqual([]);
      expect(recorded).toEqual([expect.objectContaining({ error, attempt: 1, durationMs: 0 })]);
    }
  });

  it('an endpoint disabled since, for a claimed message: the drop is logged with the claim’s attempt number and the claim released', async () => {
    const claim = claimRecord();
    const { deps, recorded, sent } = fakes({ endpoint: { enabled: false }, claim });
    expect(await deliverWebhook(deps, message, 1, 'M1')).toEqual({ done: true, result: 'dropped' });
    expect(sent).toEqual([]);
    expect(recorded).toEqual([expect.objectContaining({ error: 'endpoint-disabled', attempt: 1 })]);
    expect(claim).toMatchObject({ holder: undefined, delivered: false });
  });

  it('a retry by hand is one attempt: a failure is logged without a next retry and the message is done', async () => {
    const { deps, recorded } = fakes({ answer: { statusCode: 500, durationMs: 2 } });
    expect(await deliverWebhook(deps, { ...message, manual: true }, 1)).toEqual({ done: true, result: 'failed-manual' });
    expect(recorded[0]!.nextRetryAt).toBeUndefined();
  });

  it('tells the owner when a streak of failures has lasted long enough, and when it ends', async () => {
    const failing = fakes({ answer: { statusCode: 500, durationMs: 2 }, health: { firstFailureAt: '2025-06-01T11:00:00Z' } });
    await deliverWebhook(failing.deps, message, 4);
    expect(failing.health[0]!.events.map((e) => e.type)).toEqual(['webhook.failing']);
    const recovered = fakes({ health: { firstFailureAt: '2025-06-01T11:00:00Z', failingNotifiedAt: '2025-06-01T11:15:00Z' } });
    await deliverWebhook(recovered.deps, message, 5);
    expect(recovered.health[0]!.events.map((e) => e.type)).toEqual(['webhook.recovered']);
  });

  it('administrators’ endpoints move their health without events (there is no customer to tell)', async () => {
    const { deps, health } = fakes({ answer: { statusCode: 410, durationMs: 2 } });
    await deliverWebhook(deps, { ...message, owner: { kind: 'platform' } }, 1);
    expect(health[0]).toMatchObject({ change: { kind: 'disable' }, events: [] });
  });

  it('a failure to write the log after the attempt does not send it again', async () => {
    const { deps, sent } = fakes();
    deps.attempts = { recordAttempt: async () => Promise.reject(new Error('throttled')) };
    expect(await deliverWebhook(deps, message, 1)).toEqual({ done: true, result: 'delivered' });
    expect(sent).toHaveLength(1);
  });

  it('tallies every attempt that went out, by whether it succeeded, and never a dropped delivery', async () => {
    const outcomes: boolean[] = [];
    for (const answer of [{ statusCode: 204, durationMs: 1 }, { statusCode: 500, durationMs: 1 }, { statusCode: 410, durationMs: 1 }, { error: 'timeout', durationMs: 15_000 }] as SendResult[]) {
      const { deps, tallied } = fakes({ answer });
      await deliverWebhook(deps, message, 1);
      expect(tallied.map((t) => t.at)).toEqual([now]);
      outcomes.push(tallied[0]!.succeeded);
    }
    expect(outcomes).toEqual([true, false, false, false]);
    const dropped = fakes({ endpoint: { enabled: false } });
    await deliverWebhook(dropped.deps, message, 1);
    expect(dropped.tallied).toEqual([]);
  });
});

describe('copies of one delivery (a fan-out or forwarder that ran twice after a crash)', () => {
  it('the first message to claim it sends; a copy arriving meanwhile or after is dropped unsent', async () => {
    const claim = claimRecord();
    const first = fakes({ claim });
    expect(await deliverWebhook(first.deps, message, 1, 'M1')).toEqual({ done: true, result: 'delivered' });
    const copy = fakes({ claim });
    expect(await deliverWebhook(copy.deps, message, 1, 'M2')).toEqual({ done: true, result: 'duplicate' });
    expect([first.sent.length, copy.sent.length]).toEqual([1, 0]);
    expect(copy.recorded).toEqual([]);
    expect(copy.tallied).toEqual([]);
  });

  it('the holder keeps its claim from attempt to attempt; a copy is dropped while it holds, and takes over once the hold lapses', async () => {
    const claim = claimRecord();
    const failing = { answer: { statusCode: 500, durationMs: 2 } as SendResult, claim };
    expect(await deliverWebhook(fakes(failing).deps, message, 1, 'M1')).toMatchObject({ done: false });
    expect(await deliverWebhook(fakes(failing).deps, message, 1, 'M2')).toEqual({ done: true, result: 'duplicate' });
    const again = fakes(failing);
    expect(await deliverWebhook(again.deps, message, 2, 'M1')).toMatchObject({ done: false });
    expect(again.sent).toHaveLength(1);
    const later = fakes({ claim, now: new Date(now.getTime() + (DELIVERY_CLAIM_SECONDS + 1) * 1000) });
    expect(await deliverWebhook(later.deps, message, 1, 'M2')).toEqual({ done: true, result: 'delivered' });
    expect(await deliverWebhook(fakes({ claim }).deps, message, 3, 'M1')).toEqual({ done: true, result: 'duplicate' });
  });

  it('after the last attempt the claim is released, so the redriven message (a new one) is sent', async () => {
    const claim = claimRecord();
    expect(await deliverWebhook(fakes({ answer: { statusCode: 503, durationMs: 2 }, claim }).deps, message, 8, 'M1')).toMatchObject({ exhausted: true });
    const redriven = fakes({ claim });
    expect(await deliverWebhook(redriven.deps, message, 1, 'M9')).toEqual({ done: true, result: 'delivered' });
    expect(redriven.sent).toHaveLength(1);
  });

  it('when the log entry with the claim’s end cannot be written, the claim still ends on its own, so a copy is not sent', async () => {
    const claim = claimRecord();
    const first = fakes({ claim });
    first.deps.attempts = { recordAttempt: async () => Promise.reject(new Error('throttled')) };
    expect(await deliverWebhook(first.deps, message, 1, 'M1')).toEqual({ done: true, result: 'delivered' });
    expect(claim.delivered).toBe(true);
    const later = fakes({ claim, now: new Date(now.getTime() + (DELIVERY_CLAIM_SECONDS + 1) * 1000) });
    expect(await deliverWebhook(later.deps, message, 1, 'M2')).toEqual({ done: true, result: 'duplicate' });
    expect(later.sent).toEqual([]);
  });

  it('a retry by hand is sent even when the delivery was delivered', async () => {
    const claim = claimRecord();
    await deliverWebhook(fakes({ claim }).deps, message, 1, 'M1');
    const manual = fakes({ claim });
    expect(await deliverWebhook(manual.deps, { ...message, manual: true }, 1, 'M5')).toEqual({ done: true, result: 'delivered' });
    expect(manual.sent).toHaveLength(1);
  });
});
