import { PutCommand } from '../../../shared/aws/dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { dynamoDocumentClient } from '../../../shared/aws/clients';
import { keys } from '../../../shared/data/keys';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';

const platform = useLocalPlatform();
const api = apiClient(platform);
let admin: string;
const accounts: Awaited<ReturnType<typeof api.register>>[] = [];

beforeAll(async () => {
  admin = await api.adminToken();
  for (const name of ['alice', 'bob', 'carol', 'dave']) accounts.push(await api.register({ email: `${name}@admin-test.example`, name }));
});

describe('administering customer accounts', () => {
  it('lists accounts by email, paginated, filtered by prefix and status', async () => {
    const firstPage = await api.call('GET', '/v1/admin/users?limit=2&emailPrefix=ALICE', { token: admin });
    expect(firstPage.status).toBe(200);
    expect(firstPage.json.items.map((u: { email: string }) => u.email)).toEqual(['alice@admin-test.example']);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.call('GET', `/v1/admin/users?limit=3${cursor ? `&cursor=${cursor}` : ''}`, { token: admin });
      expect(page.json.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.json.items.map((u: { email: string }) => u.email));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining(accounts.map((a) => a.email)));
    expect(JSON.stringify(seen)).not.toMatch(/argon2/);

    const tooBig = await api.call('GET', '/v1/admin/users?limit=1000', { token: admin });
    expect(tooBig.status).toBe(400);
    const badStatus = await api.call('GET', '/v1/admin/users?status=ROOT', { token: admin });
    expect(badStatus.json.errors[0].field).toBe('query.status');
  });

  it('gets, renames and disables an account; disabled ones are listed by status', async () => {
    const bob = accounts[1]!;
    const got = await api.call('GET', `/v1/admin/users/${bob.user.id}`, { token: admin });
    expect(got.json).toMatchObject({ email: bob.email, status: 'ACTIVE' });
    expect(got.text).not.toContain('passwordHash');

    const changed = await api.call('PATCH', `/v1/admin/users/${bob.user.id}`, { token: admin, body: { name: 'Robert', status: 'DISABLED' } });
    expect(changed.json).toMatchObject({ name: 'Robert', status: 'DISABLED' });
    const disabled = await api.call('GET', '/v1/admin/users?status=DISABLED', { token: admin });
    expect(disabled.json.items.map((u: { id: string }) => u.id)).toEqual([bob.user.id]);

    const refused = await api.call('PATCH', `/v1/admin/users/${bob.user.id}`, { token: admin, body: { email: 'x@y.z', role: 'ADMIN' } });
    expect(refused.status).toBe(400);
    expect((await api.call('GET', '/v1/admin/users/01JD7Y7Q3M8Z6W5V4T3S2R1Q0P', { token: admin })).status).toBe(404);
    expect((await api.call('GET', '/v1/admin/users/not-an-id', { token: admin })).status).toBe(400);
  });

  it('refuses to delete an account with a live subscription (409), then deletes it once there is none', async () => {
    const carol = accounts[2]!;
    const subscription = { ...keys.user(carol.user.id), SK: `${keys.subscriptionPrefix}01JD7Y7Q3M8Z6W5V4T3S2R1Q0P`, type: 'Subscription', status: 'ACTIVE' };
    const db = dynamoDocumentClient();
    await db.send(new PutCommand({ TableName: platform().tableName, Item: subscription }));
    const blocked = await api.call('DELETE', `/v1/admin/users/${carol.user.id}`, { token: admin });
    expect(blocked.status).toBe(409);
    expect(blocked.json.detail).toMatch(/live subscription/);

    await db.send(new PutCommand({ TableName: platform().tableName, Item: { ...subscription, status: 'CANCELLED' } }));
    expect((await api.call('DELETE', `/v1/admin/users/${carol.user.id}`, { token: admin })).status).toBe(204);
    expect((await api.call('GET', `/v1/admin/users/${carol.user.id}`, { token: admin })).status).toBe(404);
    expect((await api.login(carol.email, carol.password)).status).toBe(401);
    expect((await api.refresh(carol.refreshToken)).status).toBe(401);
    // The email is free again.
    expect((await api.call('POST', '/v1/auth/register', { body: { email: carol.email, password: 'a whole new passphrase', name: 'Carol 2' } })).status).toBe(201);
  });

  it('counts users by status and active services', async () => {
    const stats = await api.call('GET', '/v1/admin/stats', { token: admin });
    expect(stats.status).toBe(200);
    const list = await api.call('GET', '/v1/admin/users?limit=100', { token: admin });
    const active = list.json.items.filter((u: { status: string }) => u.status === 'ACTIVE').length;
    // The other figures (subscriptions, nodes, revenue, webhooks) have their own test: test/e2e/admin/admin-stats.test.ts.
    expect(stats.json).toMatchObject({ users: { total: list.json.items.length, ACTIVE: active, DISABLED: list.json.items.length - active }, services: { active: 3 } });
  });

  it('lets an administrator run the catalog: create, change, deactivate', async () => {
    const created = await api.call('POST', '/v1/admin/services', {
      token: admin,
      body: {
        slug: 'gitea',
        name: 'Gitea',
        description: 'Git hosting.',
        version: '1.22.0',
        template: 'gitea',
        plans: [{ id: 'small', name: 'Small', price: { amount: 800, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 250, memoryMiB: 512, storageGiB: 10 } }],
      },
    });
    expect(created.status).toBe(201);
    expect((await api.call('PATCH', '/v1/admin/services/gitea', { token: admin, body: { version: '1.22.1' } })).json.version).toBe('1.22.1');
    expect((await api.call('DELETE', '/v1/admin/services/gitea', { token: admin })).status).toBe(204);
    expect((await api.call('GET', '/v1/services/gitea')).status).toBe(404);
    const customer = accounts[0]!;
    expect((await api.call('DELETE', '/v1/admin/services/n8n', { token: customer.accessToken })).status).toBe(403);
  });
});
