import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dynamoDocumentClient } from '../../../shared/aws/clients';
import { domainEvent } from '../../../shared/events/domain-event';
import { commitWithEvents } from '../../../shared/events/outbox';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver';

// Endpoint health on the local runtime with its periods compressed: the owner is told at the first failure,
// and a streak of failures lasting 3 seconds (5 days when deployed) disables the endpoint.
process.env.WEBHOOK_RETRY_SCHEDULE = '0,1,1,1,1,1,1,1';
process.env.WEBHOOK_FAILING_AFTER_MINUTES = '0';
process.env.WEBHOOK_DISABLE_AFTER_HOURS = String(3 / 3600);

const platform = useLocalPlatform({ seed: false });
const api = apiClient(platform);
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver((path, count) => (path === '/broken' || (path === '/blip' && count === 1) ? { status: 500 } : { status: 200 }));
});
afterAll(async () => {
  await receiver?.close();
});

const healthTypes = ['webhook.failing', 'webhook.disabled', 'webhook.recovered'] as const;

/** A customer with an endpoint on `path` for renewals, and a second one that watches the first's health. */
const customerWithWatchedEndpoint = async (path: string, watcher: string) => {
  const customer = await api.register();
  const token = customer.accessToken;
  const endpoint = await api.call('POST', '/v1/webhooks', { token, body: { url: receiver.url(path), eventTypes: ['subscription.renewed'] } });
  await api.call('POST', '/v1/webhooks', { token, body: { url: receiver.url(watcher), eventTypes: [...healthTypes] } });
  const renew = () =>
    commitWithEvents(dynamoDocumentClient(), platform().tableName, [], [domainEvent('subscription.renewed', { userId: customer.user.id, subscriptionId: 's', currentPeriodEnd: '2030-01-01T00:00:00.000Z' })]);
  return { token, webhookId: endpoint.json.webhook.id as string, renew };
};
const healthEventsOn = async (webhookId: string) => {
  await platform().drainStreams();
  return platform()
    .bus.recent()
    .filter((event) => (event.detail as { webhookId?: string }).webhookId === webhookId && (healthTypes as readonly string[]).includes(event.type))
    .map((event) => event.type);
};
const typesReceivedBy = (path: string) => receiver.to(path).map((request) => JSON.parse(request.body).type as string);

describe('endpoint health', () => {
  it('an endpoint failing every attempt for the configured period is disabled; the owner is told it is failing, then disabled', async () => {
    const { token, webhookId, renew } = await customerWithWatchedEndpoint('/broken', '/watch-broken');
    await renew();
    await vi.waitFor(async () => expect((await api.call('GET', `/v1/webhooks/${webhookId}`, { token })).json.enabled).toBe(false), { timeout: 20_000, interval: 250 });
    const endpoint = (await api.call('GET', `/v1/webhooks/${webhookId}`, { token })).json;
    expect(endpoint.disabledReason).toMatch(/^Every delivery attempt failed since \d{4}-/);
    expect(await healthEventsOn(webhookId)).toEqual(['webhook.failing', 'webhook.disabled']);
    // The events are delivered like any other: to the owner's endpoint that subscribed to them.
    await vi.waitFor(() => expect(typesReceivedBy('/watch-broken').sort()).toEqual(['webhook.disabled', 'webhook.failing']), { timeout: 10_000 });

    // The attempt still scheduled finds the endpoint off: dropped, and the drop logged; nothing more is sent.
    await vi.waitFor(
      async () => expect((await api.call('GET', `/v1/webhooks/${webhookId}/deliveries`, { token })).json.items[0]).toMatchObject({ error: 'endpoint-disabled' }),
      { timeout: 10_000 },
    );
    const sent = receiver.to('/broken').length;
    expect(sent).toBeGreaterThanOrEqual(3);
    await renew();
    await sleep(2000);
    expect(receiver.to('/broken')).toHaveLength(sent);
  });

  it('an endpoint that fails and then succeeds is reported failing, then recovered, once each', async () => {
    const { webhookId, renew } = await customerWithWatchedEndpoint('/blip', '/watch-blip');
    await renew();
    await vi.waitFor(() => expect(receiver.to('/blip')).toHaveLength(2), { timeout: 10_000 });
    await vi.waitFor(async () => expect(await healthEventsOn(webhookId)).toEqual(['webhook.failing', 'webhook.recovered']), { timeout: 5000 });
    // Successes after a recovery change nothing.
    await renew();
    await vi.waitFor(() => expect(receiver.to('/blip')).toHaveLength(3), { timeout: 10_000 });
    await sleep(500);
    expect(await healthEventsOn(webhookId)).toEqual(['webhook.failing', 'webhook.recovered']);
  });

  it('turning a disabled endpoint back on clears its reason and its record of failures', async () => {
    const { token, webhookId, renew } = await customerWithWatchedEndpoint('/broken', '/watch-again');
    await renew();
    await vi.waitFor(async () => expect((await api.call('GET', `/v1/webhooks/${webhookId}`, { token })).json.enabled).toBe(false), { timeout: 20_000, interval: 250 });
    // The attempt still scheduled has met the endpoint off: nothing of that delivery is left to come.
    await vi.waitFor(
      async () => expect((await api.call('GET', `/v1/webhooks/${webhookId}/deliveries`, { token })).json.items[0]).toMatchObject({ error: 'endpoint-disabled' }),
      { timeout: 10_000 },
    );
    receiver.answerWith(() => ({ status: 200 }));
    const enabled = await api.call('PATCH', `/v1/webhooks/${webhookId}`, { token, body: { enabled: true } });
    expect(enabled.json).toMatchObject({ enabled: true });
    expect(enabled.json.disabledReason).toBeUndefined();
    const before = receiver.to('/broken').length;
    await renew();
    await vi.waitFor(() => expect(receiver.to('/broken').length).toBe(before + 1), { timeout: 10_000 });
    await sleep(500);
    // A success with no streak on record: no recovery to announce.
    expect(await healthEventsOn(webhookId)).toEqual(['webhook.failing', 'webhook.disabled']);
  });
});
