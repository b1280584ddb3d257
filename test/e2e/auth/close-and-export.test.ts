import { Secret, TOTP } from 'otpauth';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { inboxOf } from '../../support/account-mail';
import { subscriptionEventTypes, useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

/**
 * A customer takes their data away and closes their account: the export holds everything of theirs and no
 * secret; closing cancels and deprovisions every subscription, removes the webhooks, ends the sessions and
 * erases the profile, so the address may register again.
 */
const platform = useLocalPlatform();
const api = apiClient(platform);
let admin: string;

beforeAll(async () => {
  ({ admin } = await registerWorker(api));
});

describe('closing an account and exporting its data', () => {
  it('exports everything held about the caller, without hashes or secrets', async () => {
    const ada = await api.register({ email: 'ada.export@example.com', name: 'Ada Export' });
    const created = await api.call('POST', '/v1/subscriptions', { token: ada.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } });
    expect(created.status, created.text).toBe(202);
    const hook = await api.call('POST', '/v1/webhooks', { token: ada.accessToken, body: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['subscription.created'] } });
    expect(hook.status, hook.text).toBe(201);

    const exported = await api.call('GET', '/v1/auth/me/export', { token: ada.accessToken });
    expect(exported.status, exported.text).toBe(200);
    expect(exported.json.profile).toMatchObject({ id: ada.user.id, email: ada.email, name: 'Ada Export', emailVerified: true });
    expect(exported.json.subscriptions.map((s: { id: string }) => s.id)).toEqual([created.json.subscription.id]);
    expect(exported.json.instances.map((i: { subscriptionId: string }) => i.subscriptionId)).toEqual([created.json.subscription.id]);
    expect(exported.json.webhooks.map((w: { id: string }) => w.id)).toEqual([hook.json.webhook.id]);
    for (const list of ['backups', 'ledger', 'notifications']) expect(Array.isArray(exported.json[list]), list).toBe(true);
    expect(exported.text).not.toContain(hook.json.secret);
    expect(exported.text).not.toMatch(/argon2|passwordHash|tokenHash/);

    // Another customer's export holds nothing of Ada's.
    const bob = await api.register({ email: 'bob.export@example.com' });
    const bobs = await api.call('GET', '/v1/auth/me/export', { token: bob.accessToken });
    expect(bobs.json.subscriptions).toEqual([]);
    expect(bobs.text).not.toContain(ada.user.id);
  });

  it('refuses a wrong password naming it, and changes nothing', async () => {
    const carol = await api.register({ email: 'carol.close@example.com' });
    const refused = await api.call('DELETE', '/v1/auth/me', { token: carol.accessToken, body: { password: 'not the password at all' } });
    expect(refused.status).toBe(403);
    expect(refused.json.errors).toEqual([{ field: 'body.password', message: 'is wrong' }]);
    expect((await api.call('GET', '/v1/auth/me', { token: carol.accessToken })).status).toBe(200);
    expect((await api.login(carol.email, carol.password)).status).toBe(200);
  });

  it('cancels and deprovisions every subscription, removes webhooks, ends sessions and erases the profile', async () => {
    const dan = await api.register({ email: 'dan.close@example.com', name: 'Dan Closing' });
    const created = await api.call('POST', '/v1/subscriptions', { token: dan.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } });
    expect(created.status, created.text).toBe(202);
    const subscriptionId = created.json.subscription.id as string;
    expect((await settledInstance(api, dan.accessToken, subscriptionId)).status).toBe('RUNNING');
    expect((await api.call('POST', '/v1/webhooks', { token: dan.accessToken, body: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['subscription.created'] } })).status).toBe(201);

    const closed = await api.call('DELETE', '/v1/auth/me', { token: dan.accessToken, body: { password: dan.password, code: '123456' } });
    expect(closed.status, closed.text).toBe(202);

    // Signed out everywhere, and the profile is gone.
    expect((await api.refresh(dan.refreshToken)).status).toBe(401);
    expect((await api.login(dan.email, dan.password)).status).toBe(401);
    expect((await api.call('GET', '/v1/auth/me', { token: dan.accessToken })).status).toBe(401);
    const users = await api.call('GET', `/v1/admin/users?emailPrefix=dan.close`, { token: admin });
    expect(users.json.items).toEqual([]);

    // The subscription was cancelled through its own use case, and the instance removed by the workflow.
    await until(() => subscriptionEventTypes(platform(), subscriptionId), (types) => types.includes('instance.deleted'), 'the instance to be deprovisioned');
    expect(await subscriptionEventTypes(platform(), subscriptionId)).toContain('subscription.cancelled');
    await platform().drainStreams();
    const closing = platform().bus.recent().filter((e) => e.type === 'account.closed' && (e.detail as { userId: string }).userId === dan.user.id);
    expect(closing.map((e) => e.detail)).toEqual([{ userId: dan.user.id, subscriptionsCancelled: 1 }]);
    expect((await inboxOf(platform().mailDir, dan.email, 'account.account-closed')).length).toBe(1);

    // The address is free again: a new account, with nothing of the old one.
    const again = await api.register({ email: dan.email });
    expect(again.user.id).not.toBe(dan.user.id);
    const fresh = await api.call('GET', '/v1/auth/me/export', { token: again.accessToken });
    expect(fresh.json.subscriptions).toEqual([]);
    expect(fresh.json.webhooks).toEqual([]);
  });

  it('with two-factor sign-in on, asks for a code too, and takes the API keys and the enrolment with the account', async () => {
    const eve = await api.register({ email: 'eve.close@example.com' });
    const key = await api.call('POST', '/v1/auth/api-keys', { token: eve.accessToken, body: { name: 'ci', scopes: ['subscriptions:read'] } });
    expect(key.status, key.text).toBe(201);
    expect((await api.call('GET', '/v1/subscriptions', { token: key.json.key })).status).toBe(200);
    const enrolled = await api.call('POST', '/v1/auth/mfa/totp', { token: eve.accessToken });
    const code = () => TOTP.generate({ secret: Secret.fromBase32(enrolled.json.secret), timestamp: Date.now() });
    const confirmed = await api.call('POST', '/v1/auth/mfa/totp/confirm', { token: eve.accessToken, body: { code: code() } });
    expect(confirmed.status, confirmed.text).toBe(200);

    const noCode = await api.call('DELETE', '/v1/auth/me', { token: eve.accessToken, body: { password: eve.password } });
    expect(noCode.status, noCode.text).toBe(400);
    expect(noCode.json.errors.map((e: { field: string }) => e.field)).toEqual(['body.code']);
    expect((await api.call('GET', '/v1/subscriptions', { token: key.json.key })).status).toBe(200);

    const closed = await api.call('DELETE', '/v1/auth/me', { token: eve.accessToken, body: { password: eve.password, code: confirmed.json.recoveryCodes[0] } });
    expect(closed.status, closed.text).toBe(202);
    expect((await api.call('GET', '/v1/subscriptions', { token: key.json.key })).status).toBe(401);
    // The address registers afresh, with no enrolment left over: sign-in needs the password alone.
    const again = await api.register({ email: 'eve.close@example.com' });
    const login = await api.call('POST', '/v1/auth/login', { body: { email: again.email, password: again.password } });
    expect(login.status, login.text).toBe(200);
    expect(login.json.mfaRequired).toBeUndefined();
  });
});
