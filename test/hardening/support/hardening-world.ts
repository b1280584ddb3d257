import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { ulid } from 'ulid';
import { expect } from 'vitest';
import type { LocalPlatform } from '../../../infra/local/local-platform';
import { postStripe, stripeEventBody } from '../../e2e/hooks/hook-helpers';
import { registerBody } from '../../support/agent-payloads';
import type { apiClient } from '../../support/api-client';
import { registerWorker, settledInstance, until } from '../../support/provisioning';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver';
import { buildAccountFixtures, type AccountFixtures } from './account-fixtures';

type Api = ReturnType<typeof apiClient>;
type Customer = Awaited<ReturnType<Api['register']>>;

/**
 * Real objects of every kind, so that every `{id}` of the route table names something that exists: customer
 * A owns a subscription (RUNNING), a spare one to cancel, two webhook endpoints (one with a delivery), a
 * notification and a transaction; the platform side has a victim account, a spare node, a spare agent token,
 * two platform webhook endpoints (one with a delivery) and a service of its own. Everything of A carries
 * `marker`, so any answer to anyone else can be searched for it.
 */
export interface HardeningWorld {
  marker: string;
  a: Customer;
  b: Customer;
  adminToken: string;
  agentToken: string;
  nodeName: string;
  receiver: WebhookReceiver;
  subscriptions: { main: { id: string; instanceId: string }; spare: { id: string }; backedUp: { id: string }; upgraded: { id: string }; restarted: { id: string }; resized: { id: string } };
  /** Two COMPLETED backups of A's main subscription: one to read and restore (into a clone), one to delete. */
  backups: { main: string; spare: string };
  /** Two custom domains of A's main subscription (PENDING: no DNS serves them): one to verify, one to remove. */
  domains: { main: string; spare: string };
  webhooks: { main: { id: string; secret: string }; spare: { id: string; secret: string }; deliveryId: string };
  notificationId: string;
  transactionId: string;
  platform: {
    victimUserId: string;
    spareNode: { id: string; name: string };
    spareAgentTokenId: string;
    webhooks: { main: { id: string; secret: string }; spare: { id: string; secret: string }; deliveryId: string };
    serviceSlug: string;
  };
  /**
   * A's API keys (issue 20): one with every scope, one with only `billing:read`, and a spare one to revoke.
   * The first two are the matrix's key identities; a key is A's, so what it may read is A's.
   */
  apiKeys: { full: string; narrow: string; spareId: string };
  /**
   * Second steps of sign-in for the public `POST /v1/auth/login/mfa`, which every caller may use: a login's
   * challenge and an unspent recovery code each, of accounts with two-factor sign-in on. Each is good once.
   */
  mfaSignIns: { mfaToken: string; code: string }[];
  /** An account of its own for the login and refresh routes, which any caller may use with its credentials. */
  signIn: { email: string; password: string; refreshToken: string };
  /** Unused reset and verification links, and throwaway accounts to close (account-fixtures.ts). */
  accounts: AccountFixtures;
  /** What only A and administrators may ever see: ids, names, emails and URLs of A's objects. */
  aData: () => string[];
  /** Values that no answer may carry after they were first shown: secrets, refresh tokens, the agent token. */
  secrets: () => string[];
}

const ok = async (promise: Promise<{ status: number; text: string; json?: any }>, status: number, what: string) => {
  const response = await promise;
  expect(response.status, `${what}: ${response.text.slice(0, 300)}`).toBe(status);
  return response.json;
};

export const buildHardeningWorld = async (platform: () => LocalPlatform, api: Api): Promise<HardeningWorld> => {
  const marker = `mx${randomBytes(6).toString('hex')}`;
  const nodeName = 'matrix-node';
  const receiver = await startWebhookReceiver();
  const { admin: adminToken, agentToken } = await registerWorker(api, nodeName);

  // The platform's own endpoints first, so the registrations below are delivered to the main one.
  const platformMain = await ok(api.call('POST', '/v1/admin/webhooks', { token: adminToken, body: { url: receiver.url('/platform-main'), eventTypes: ['user.registered'] } }), 201, 'platform webhook');
  const platformSpare = await ok(api.call('POST', '/v1/admin/webhooks', { token: adminToken, body: { url: receiver.url('/platform-spare'), eventTypes: ['worker.offline'] } }), 201, 'spare platform webhook');

  const a = await api.register({ email: `a-${marker}@example.com`, name: `Ada ${marker}`, password: `passphrase of ${marker}` });
  const b = await api.register({ email: `b-${ulid().toLowerCase()}@example.com`, name: 'Bob' });
  const victim = await api.register({ name: 'Victim' });
  const token = a.accessToken;

  const main = await ok(api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter', name: `Main ${marker}` } }), 202, 'main subscription');
  const spare = await ok(api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'ghost', planId: 'starter', name: `Spare ${marker}` } }), 202, 'spare subscription');
  // Backed up by the routes under test, so its BACKING_UP never meets another route's change of main.
  const backedUp = await ok(api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter', name: `Backed up ${marker}` } }), 202, 'backed-up subscription');
  // Upgraded by the routes under test (to a newer n8n version added here), so its UPGRADING meets no other route.
  const upgraded = await ok(api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter', name: `Upgraded ${marker}` } }), 202, 'upgraded subscription');
  const n8nVersions = await api.call('POST', '/v1/admin/services/n8n/versions', { token: adminToken, body: { version: '1.65.0', image: 'n8nio/n8n', tag: '1.65.0' } });
  if (n8nVersions.status !== 201 && n8nVersions.status !== 409) throw new Error(`fixture n8n version: ${n8nVersions.status} ${n8nVersions.text.slice(0, 300)}`);
  // Restarted by the routes under test: its RESTARTING never meets another route's change of main or a backup.
  const restarted = await ok(api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter', name: `Restarted ${marker}` } }), 202, 'restarted subscription');
  // Moved to another plan by the route under test, so its RESIZING never meets another route's change.
  // On a service whose two plans have one size, so the change needs no room on a node the matrix's create
  // cells have been filling meanwhile (a larger plan found none there).
  const sameLimits = { cpuMillicores: 300, memoryMiB: 384, storageGiB: 1 };
  const resizable = await api.call('POST', '/v1/admin/services', {
    token: adminToken,
    body: {
      slug: 'matrix-resizable',
      name: 'Resizable',
      description: 'Two plans of one size, for plan changes.',
      version: '1.64.0',
      template: 'n8n',
      plans: [
        { id: 'starter', name: 'Starter', price: { amount: 900, currency: 'EUR' }, billingPeriod: 'month', limits: sameLimits },
        { id: 'business', name: 'Business', price: { amount: 2900, currency: 'EUR' }, billingPeriod: 'month', limits: sameLimits },
      ],
    },
  });
  if (resizable.status !== 201 && resizable.status !== 409) throw new Error(`fixture resizable service: ${resizable.status} ${resizable.text.slice(0, 300)}`);
  const resized = await ok(api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'matrix-resizable', planId: 'starter', name: `Resized ${marker}` } }), 202, 'resized subscription');
  const webhookMain = await ok(
    api.call('POST', '/v1/webhooks', { token, body: { url: receiver.url(`/a-main-${marker}`), eventTypes: ['instance.running'], description: `Main ${marker}` } }),
    201,
    'main webhook',
  );
  const webhookSpare = await ok(api.call('POST', '/v1/webhooks', { token, body: { url: receiver.url(`/a-spare-${marker}`), description: `Spare ${marker}` } }), 201, 'spare webhook');

  const instance = await settledInstance(api, token, main.subscription.id);
  expect(instance.status).toBe('RUNNING');
  await settledInstance(api, token, spare.subscription.id);
  await settledInstance(api, token, backedUp.subscription.id);
  await settledInstance(api, token, upgraded.subscription.id);
  await settledInstance(api, token, restarted.subscription.id);
  await settledInstance(api, token, resized.subscription.id);
  const completedBackup = async (what: string) => {
    const started = await ok(api.call('POST', `/v1/subscriptions/${main.subscription.id}/backups`, { token }), 202, what);
    await until(async () => (await api.call('GET', `/v1/subscriptions/${main.subscription.id}/backups/${started.id}`, { token })).json, (b) => b.status === 'COMPLETED', what);
    await until(async () => (await api.call('GET', `/v1/subscriptions/${main.subscription.id}/instance`, { token })).json, (i) => i.status === 'RUNNING', `${what}: main RUNNING again`);
    return started.id as string;
  };
  const backups = { main: await completedBackup('main backup'), spare: await completedBackup('spare backup') };
  const addDomain = async (what: string) =>
    // Not named with the marker: a refusal's `instance` repeats the path, and the path holds the hostname.
    (await ok(api.call('POST', `/v1/subscriptions/${main.subscription.id}/domains`, { token, body: { hostname: `${what}-${randomBytes(4).toString('hex')}.example.com` } }), 201, `${what} domain`)).hostname as string;
  const domains = { main: await addDomain('main'), spare: await addDomain('spare') };

  // A delivery of A's main endpoint (the test event), and one of the platform's (A's own registration).
  const tested = await ok(api.call('POST', `/v1/webhooks/${webhookMain.webhook.id}/test`, { token }), 202, 'webhook test');
  await until(
    async () => (await api.call('GET', `/v1/webhooks/${webhookMain.webhook.id}/deliveries`, { token })).json,
    (page) => page.items?.some((attempt: { eventId?: string; deliveryId?: string }) => JSON.stringify(attempt).includes(tested.eventId)),
    'the test delivery of A’s endpoint',
  );
  const platformDelivery = await until(
    async () => receiver.to('/platform-main').find((entry) => JSON.parse(entry.body).data?.userId === a.user.id),
    Boolean,
    'the platform delivery of A’s registration',
  );
  const platformDeliveryId = String(platformDelivery!.headers['webhook-id']);
  await until(
    async () => (await api.call('GET', `/v1/admin/webhooks/${platformMain.webhook.id}/deliveries`, { token: adminToken })).json,
    (page) => JSON.stringify(page.items ?? []).includes(platformDeliveryId),
    'the platform delivery record',
  );

  const notifications = await until(
    async () => (await api.call('GET', '/v1/notifications', { token })).json,
    (page) => (page.items?.length ?? 0) > 0,
    'a notification of A',
  );

  // A payment for A's main subscription: a MATCHED transaction in A's ledger.
  const paid = await postStripe(
    platform(),
    stripeEventBody('invoice.paid', {
      id: `in_${ulid()}`,
      object: 'invoice',
      amount_paid: 1900,
      currency: 'eur',
      parent: { subscription_details: { metadata: { subscriptionId: main.subscription.id } } },
    }),
  );
  expect(paid.status).toBe(200);
  const transactionId = paid.json.transactionId as string;
  // Two payments naming no subscription: UNMATCHED, what the administrators' transaction list shows by default,
  // so its pages have something to follow (an empty list would prove nothing about its cursor).
  for (const amount of [500, 700]) {
    const unmatched = await postStripe(platform(), stripeEventBody('payment_intent.succeeded', { id: `pi_${ulid()}`, object: 'payment_intent', amount, amount_received: amount, currency: 'eur', metadata: {} }));
    expect(unmatched.status).toBe(200);
  }

  const spareNode = await ok(api.call('POST', '/v1/agent/register', { token: agentToken, body: registerBody('matrix-spare') }), 200, 'spare node');
  const spareAgentToken = await ok(api.call('POST', '/v1/admin/agent-tokens', { token: adminToken, body: { name: 'matrix spare' } }), 201, 'spare agent token');
  const serviceSlug = 'matrix-fixture';
  await ok(
    api.call('POST', '/v1/admin/services', {
      token: adminToken,
      body: {
        slug: serviceSlug,
        name: 'Matrix fixture',
        description: 'A service of the matrix.',
        version: '1.0.0',
        template: 'n8n',
        plans: [{ id: 'basic', name: 'Basic', price: { amount: 500, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 250, memoryMiB: 256, storageGiB: 1 } }],
      },
    }),
    201,
    'fixture service',
  );
  // A newer version of it, and a batch upgrade onto it (of no instance: it completes at once), for the version routes.
  await ok(api.call('POST', `/v1/admin/services/${serviceSlug}/versions`, { token: adminToken, body: { version: '9.0.0', image: 'n8nio/n8n', tag: '9.0.0' } }), 201, 'fixture version');
  await ok(api.call('POST', `/v1/admin/services/${serviceSlug}/versions/1.0.0/upgrade-all`, { token: adminToken, body: { toVersion: '9.0.0', batchSize: 1 } }), 202, 'fixture batch upgrade');

  const signIn = await api.register({ name: 'Signs in' });
  const accounts = await buildAccountFixtures(api);

  const newKey = async (name: string, scopes: string[]) => (await ok(api.call('POST', '/v1/auth/api-keys', { token, body: { name, scopes } }), 201, `API key ${name}`)) as { apiKey: { id: string }; key: string };
  const fullKey = await newKey('matrix full', ['subscriptions:read', 'subscriptions:write', 'webhooks', 'billing:read']);
  const narrowKey = await newKey('matrix narrow', ['billing:read']);
  const spareKey = await newKey('matrix spare', ['webhooks']);

  // Two accounts with two-factor sign-in, ten recovery codes each: twenty single-use second steps.
  const mfaSignIns: { mfaToken: string; code: string }[] = [];
  for (const n of [1, 2]) {
    const owner = await api.register({ name: `Two-factor ${n}` });
    const enrolled = await ok(api.call('POST', '/v1/auth/mfa/totp', { token: owner.accessToken }), 200, 'TOTP enrolment');
    const code = TOTP.generate({ secret: Secret.fromBase32(enrolled.secret), timestamp: Date.now() });
    const confirmed = await ok(api.call('POST', '/v1/auth/mfa/totp/confirm', { token: owner.accessToken, body: { code } }), 200, 'TOTP confirmation');
    for (const recoveryCode of confirmed.recoveryCodes as string[]) {
      const login = await ok(api.login(owner.email, owner.password), 200, 'login with two-factor');
      mfaSignIns.push({ mfaToken: login.mfaToken, code: recoveryCode });
    }
  }

  const aData = () => [
    marker,
    a.user.id,
    main.subscription.id,
    main.instance.id,
    spare.subscription.id,
    webhookMain.webhook.id,
    webhookSpare.webhook.id,
    notifications.items[0].id,
    transactionId,
  ];
  const secrets = () => [
    webhookMain.secret,
    webhookSpare.secret,
    platformMain.secret,
    platformSpare.secret,
    a.refreshToken,
    b.refreshToken,
    signIn.refreshToken,
    agentToken,
    // The secret part: everything after `agt_<id>_` (it is base64url, so it may hold `_` itself: splitting on
    // `_` took a fragment of it, a few characters that a document could hold by chance, and failed CI once).
    /^agt_[0-9A-Z]{26}_(.+)$/.exec(agentToken)![1]!,
    spareAgentToken.token,
    a.password,
    // No answer may echo a link's token, not even the refusal of one.
    ...accounts.tokens.reset,
    ...accounts.tokens.verify,
    fullKey.key,
    narrowKey.key,
    spareKey.key,
    ...mfaSignIns.flatMap((signIn) => [signIn.mfaToken, signIn.code]),
  ];

  return {
    marker,
    a,
    b,
    adminToken,
    agentToken,
    nodeName,
    receiver,
    subscriptions: { main: { id: main.subscription.id, instanceId: main.instance.id }, spare: { id: spare.subscription.id }, backedUp: { id: backedUp.subscription.id }, upgraded: { id: upgraded.subscription.id }, restarted: { id: restarted.subscription.id }, resized: { id: resized.subscription.id } },
    backups,
    domains,
    webhooks: { main: { id: webhookMain.webhook.id, secret: webhookMain.secret }, spare: { id: webhookSpare.webhook.id, secret: webhookSpare.secret }, deliveryId: tested.eventId },
    notificationId: notifications.items[0].id,
    transactionId,
    platform: {
      victimUserId: victim.user.id,
      spareNode: { id: spareNode.id, name: spareNode.name },
      spareAgentTokenId: spareAgentToken.id,
      webhooks: {
        main: { id: platformMain.webhook.id, secret: platformMain.secret },
        spare: { id: platformSpare.webhook.id, secret: platformSpare.secret },
        deliveryId: platformDeliveryId,
      },
      serviceSlug,
    },
    signIn: { email: signIn.email, password: signIn.password, refreshToken: signIn.refreshToken },
    accounts,
    apiKeys: { full: fullKey.key, narrow: narrowKey.key, spareId: spareKey.apiKey.id },
    mfaSignIns,
    aData,
    secrets,
  };
};

const pick = (value: any, fields: string[]) => (value && typeof value === 'object' ? Object.fromEntries(fields.map((field) => [field, value[field]])) : value);

/**
 * What a refused request must leave as it was: every object of the world a route could change, as its owner
 * or an administrator reads it (status and the fields a write sets). Only what changes synchronously is read,
 * so work still settling from an earlier allowed call (a workflow, a notification) cannot make it differ.
 */
export const worldState = async (api: Api, world: HardeningWorld): Promise<string> => {
  const get = async (path: string, token: string, fields: string[]) => {
    const answer = await api.call('GET', path, { token });
    return { path, status: answer.status, value: pick(answer.json, fields) };
  };
  const { a, adminToken, platform } = world;
  const state = await Promise.all([
    get('/v1/auth/me', a.accessToken, ['name', 'email', 'status']),
    get(`/v1/subscriptions/${world.subscriptions.main.id}`, a.accessToken, ['status', 'name', 'planId', 'price', 'currentPeriodEnd', 'userId']),
    get(`/v1/subscriptions/${world.subscriptions.spare.id}`, a.accessToken, ['status', 'name', 'planId', 'price', 'currentPeriodEnd', 'userId']),
    get(`/v1/webhooks/${world.webhooks.main.id}`, a.accessToken, ['url', 'description', 'eventTypes', 'enabled']),
    get(`/v1/webhooks/${world.webhooks.spare.id}`, a.accessToken, ['url', 'description', 'eventTypes', 'enabled']),
    get(`/v1/admin/users/${platform.victimUserId}`, adminToken, ['name', 'status', 'email']),
    get(`/v1/admin/workers/${platform.spareNode.id}`, adminToken, ['name', 'schedulable', 'labels']),
    get(`/v1/admin/webhooks/${platform.webhooks.main.id}`, adminToken, ['url', 'description', 'eventTypes', 'enabled']),
    get(`/v1/admin/webhooks/${platform.webhooks.spare.id}`, adminToken, ['url', 'description', 'eventTypes', 'enabled']),
    get(`/v1/services/${platform.serviceSlug}`, a.accessToken, ['name', 'description', 'plans', 'active']),
    get('/v1/admin/agent-tokens?limit=100', adminToken, ['items']),
    // A's API keys by id, name and scopes: a key's last use moves with every authenticated call, refused or not.
    api.call('GET', '/v1/auth/api-keys', { token: a.accessToken }).then((answer) => ({
      path: '/v1/auth/api-keys',
      status: answer.status,
      value: (answer.json?.items ?? []).map((key: { id: string; name: string; scopes: string[] }) => [key.id, key.name, key.scopes]),
    })),
  ]);
  return JSON.stringify(state);
};
