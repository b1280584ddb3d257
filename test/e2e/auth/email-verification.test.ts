import { describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { inboxOf, linkTokenOf, waitForMail } from '../../support/account-mail';
import { useLocalPlatform } from '../../support/local-platform';

/**
 * Email verification as a person goes through it, with the platform's default requireVerifiedEmail (on):
 * the mail of the registration arrives, its link verifies once, and until then the customer may neither
 * subscribe nor add a webhook.
 */
const platform = useLocalPlatform();
const api = apiClient(platform);
const VERIFY = 'account.email-verification';

describe('email verification over HTTP', () => {
  it('emails a link at registration that verifies the address once; a second use is refused', async () => {
    const grace = await api.register({ email: 'grace.verify@example.com', name: 'Grace', verified: false });
    expect(grace.user.emailVerified).toBe(false);
    const mail = await waitForMail(platform().mailDir, grace.email, VERIFY);
    expect(mail.subject).toBe('Confirm your email address');
    expect(mail.text).toMatch(/^Hello Grace,/);
    const token = linkTokenOf(mail);

    const verified = await api.call('POST', '/v1/auth/email/verify', { body: { token } });
    expect(verified.status, verified.text).toBe(204);
    expect((await api.call('GET', '/v1/auth/me', { token: grace.accessToken })).json.emailVerified).toBe(true);

    const again = await api.call('POST', '/v1/auth/email/verify', { body: { token } });
    expect(again.status).toBe(400);
    expect(again.json.errors).toEqual([{ field: 'body.token', message: 'was used already' }]);
    expect(again.text).not.toContain(token);

    await platform().drainStreams();
    expect(platform().bus.recent().filter((e) => e.type === 'user.email-verified' && (e.detail as { userId: string }).userId === grace.user.id)).toHaveLength(1);
  });

  it('keeps an unverified customer from subscribing and adding webhooks, saying why, until the address is verified', async () => {
    const newcomer = await api.register({ email: 'newcomer.verify@example.com', verified: false });
    const subscribe = () => api.call('POST', '/v1/subscriptions', { token: newcomer.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } });
    const addWebhook = () => api.call('POST', '/v1/webhooks', { token: newcomer.accessToken, body: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['subscription.created'] } });

    for (const refused of [await subscribe(), await addWebhook()]) {
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.json.detail).toMatch(/Verify your email address/);
    }
    expect((await api.call('GET', '/v1/subscriptions', { token: newcomer.accessToken })).json.items).toEqual([]);

    // Another link on request; either link works, and verifying lifts the gate.
    expect((await api.call('POST', '/v1/auth/email/resend', { token: newcomer.accessToken })).status).toBe(202);
    expect((await inboxOf(platform().mailDir, newcomer.email, VERIFY)).length).toBe(2);
    const latest = linkTokenOf(await waitForMail(platform().mailDir, newcomer.email, VERIFY, { after: 1 }));
    expect((await api.call('POST', '/v1/auth/email/verify', { body: { token: latest } })).status).toBe(204);

    // No worker has room in this platform: past the gate, the subscription meets the capacity check instead.
    expect((await subscribe()).status).toBe(409);
    expect((await addWebhook()).status).toBe(201);
    // Verified: a resend sends nothing more.
    expect((await api.call('POST', '/v1/auth/email/resend', { token: newcomer.accessToken })).status).toBe(202);
    expect((await inboxOf(platform().mailDir, newcomer.email, VERIFY)).length).toBe(2);
  });

  it('refuses a forged or malformed token with the reason, and verifies nothing', async () => {
    const mallory = await api.register({ email: 'mallory.verify@example.com', verified: false });
    for (const token of ['A'.repeat(43), 'not a token']) {
      const refused = await api.call('POST', '/v1/auth/email/verify', { body: { token } });
      expect(refused.status).toBe(400);
      expect(refused.json.errors[0].field).toBe('body.token');
    }
    expect((await api.call('GET', '/v1/auth/me', { token: mallory.accessToken })).json.emailVerified).toBe(false);
  });
});
