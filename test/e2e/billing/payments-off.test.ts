import { describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { readProblem, useLocalPlatform } from '../../support/local-platform';
import { registerWorker } from '../../support/provisioning';

/**
 * Payments off: a platform started without stripe-mock (and no Stripe key) answers checkout and the billing
 * portal with 503 problem+json saying which command turns them on. Ownership is still checked first.
 */
// A small budget, so the limit is reached in a few calls (per customer: each test registers its own).
process.env.RATE_LIMIT_PAYMENT_SESSION = '3/3600';
const platform = useLocalPlatform();
const api = apiClient(platform);

describe('payments not configured', () => {
  it('the platform has no stripe-mock', () => {
    expect(platform().payments.stripeMockUrl).toBeUndefined();
  });

  it('the billing portal: 503 problem+json naming npm run stripe-mock:build, with Retry-After', async () => {
    const customer = await api.register();
    const response = await fetch(`${platform().url}/v1/billing/portal`, { method: 'POST', headers: { authorization: `Bearer ${customer.accessToken}` } });
    expect(response.status).toBe(503);
    const problem = await readProblem(response);
    expect(problem.contentType).toBe('application/problem+json');
    expect(problem.body.detail).toContain('npm run stripe-mock:build');
    expect(response.headers.get('retry-after')).toBeTruthy();
  });

  it("checkout of the caller's own subscription: 503 problem+json naming npm run stripe-mock:build", async () => {
    await registerWorker(api);
    const customer = await api.register();
    const created = await api.call('POST', '/v1/subscriptions', { token: customer.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } });
    expect(created.status, created.text).toBe(202);
    const response = await fetch(`${platform().url}/v1/subscriptions/${created.json.subscription.id}/checkout`, { method: 'POST', headers: { authorization: `Bearer ${customer.accessToken}` } });
    expect(response.status).toBe(503);
    const problem = await readProblem(response);
    expect(problem.contentType).toBe('application/problem+json');
    expect(problem.body).toMatchObject({ status: 503, detail: expect.stringContaining('npm run stripe-mock:build') });
  });

  it('checkout of a subscription that is not the caller’s: 404 even with payments off (nothing is told about it)', async () => {
    const customer = await api.register();
    const answer = await api.call('POST', '/v1/subscriptions/01JD7Y7Q3M8Z6W5V4T3S2R1Q0P/checkout', { token: customer.accessToken });
    expect(answer.status).toBe(404);
  });

  it('checkout with a malformed id: 400 naming the field', async () => {
    const customer = await api.register();
    const answer = await api.call('POST', '/v1/subscriptions/not-an-id/checkout', { token: customer.accessToken });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('path.id');
  });

  it('checkout and portal share one per-customer budget: past it, 429 with Retry-After (a 503 counts too)', async () => {
    const customer = await api.register();
    const portal = () => api.call('POST', '/v1/billing/portal', { token: customer.accessToken });
    for (let i = 0; i < 3; i++) expect((await portal()).status).toBe(503);
    const refused = await fetch(`${platform().url}/v1/billing/portal`, { method: 'POST', headers: { authorization: `Bearer ${customer.accessToken}` } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    const other = await api.register();
    expect((await api.call('POST', '/v1/billing/portal', { token: other.accessToken })).status).toBe(503);
  });
});
