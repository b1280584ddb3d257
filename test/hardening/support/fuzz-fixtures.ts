import { createHmac } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { apiKeyScopeOf } from '../../../shared/api-keys/api-key-scopes';
import type { LocalPlatform } from '../../../infra/local/local-platform';
import { hmacHeaders } from '../../../shared/inbound-webhooks/hmac-signature';
import { ACCOUNT_TOKEN_SECONDS, hashAccountToken, newAccountToken, type AccountTokenPurpose } from '../../../shared/accounts/account-token';
import { dynamoAccountTokenStore } from '../../../shared/accounts/dynamo-account-token-store';
import { dynamoDocumentClient } from '../../../shared/aws/clients';
import { heartbeatBody, registerBody } from '../../support/agent-payloads';
import { apiClient } from '../../support/api-client';
import { settledInstance } from '../../support/provisioning';
import type { WebhookReceiver } from '../../support/webhook-receiver';
import type { FuzzCase, RealValues } from './contract-cases';
import type { ContractOperation, Identity } from './contract-operations';

/**
 * Which real objects a path parameter takes, by the path up to that parameter. Admin operations get victims
 * of their own (a user, agent tokens), never the identities the fuzzer calls with, so a fuzzed DELETE or
 * DISABLED cannot lock the fuzzer out halfway.
 */
const POOL_OF_PATH: Record<string, keyof Pools> = {
  '/v1/services/{slug}': 'services',
  '/v1/admin/services/{slug}': 'services',
  '/v1/admin/users/{id}': 'victimUsers',
  '/v1/admin/workers/{idOrName}': 'workers',
  '/v1/admin/agent-tokens/{id}': 'victimAgentTokens',
  '/v1/subscriptions/{id}': 'subscriptions',
  '/v1/admin/subscriptions/{id}': 'subscriptions',
  '/v1/webhooks/{id}': 'webhooks',
  '/v1/webhooks/{id}/deliveries/{deliveryId}': 'deliveries',
  '/v1/admin/webhooks/{id}': 'adminWebhooks',
  '/v1/admin/webhooks/{id}/deliveries/{deliveryId}': 'adminDeliveries',
  '/v1/notifications/{id}': 'notifications',
  '/v1/auth/api-keys/{id}': 'apiKeys',
  '/v1/subscriptions/{id}/backups/{backupId}': 'backups',
  '/v1/subscriptions/{id}/domains/{hostname}': 'domains',
  '/v1/admin/queues/{name}': 'queues',
  '/v1/admin/services/{slug}/versions/{version}': 'versions',
};

/**
 * Where one operation's parameter needs other objects than its path's pool. A retry needs the endpoint its
 * delivery belongs to, and one the fuzzed PATCHes and DELETEs never reach: a PATCH turning it off (or pointing
 * it at the 410 receiver) would make every retry a 409.
 */
const POOL_OF_OPERATION: Record<string, Record<string, keyof Pools>> = {
  retryWebhookDelivery: { id: 'deliveryWebhooks' },
  // A test of a disabled endpoint is a 409; the fuzzed PATCHes move the others to the 410 receiver, and the
  // events of the run (backups, restores, their notifications) disable them there at their first delivery.
  testWebhook: { id: 'deliveryWebhooks' },
  listWebhookDeliveries: { id: 'deliveryWebhooks' },
  adminRetryWebhookDelivery: { id: 'adminDeliveryWebhooks' },
  adminListWebhookDeliveries: { id: 'adminDeliveryWebhooks' },
  // A subscription of its own, on a service whose two plans (ids of the seed catalog's, so the planId pool
  // reaches them) have the same limits: a change needs no room on a node the fuzzed subscriptions filled.
  changePlan: { id: 'resizable' },
  // A subscription no other fuzzed operation suspends or makes busy (an upgrade, a restart, a backup of the
  // subscriptions' pool would answer these meanwhile with 409): its instance is idle and its pod runs.
  getInstanceLogs: { id: 'quietSubscriptions' },
  addDomain: { id: 'quietSubscriptions' },
  listDomains: { id: 'quietSubscriptions' },
  verifyDomain: { id: 'quietSubscriptions' },
  removeDomain: { id: 'quietSubscriptions' },
};

/**
 * The receiver's path for the endpoints the fuzzer creates (or moves): it answers 410 Gone, which disables an
 * endpoint at its first delivery, so the endpoints made during the run cannot pile up deliveries. The
 * fixture's own endpoints answer 200.
 */
const GONE_PATH = '/gone';

interface Pools {
  services: string[];
  victimUsers: string[];
  workers: string[];
  victimAgentTokens: string[];
  subscriptions: string[];
  webhooks: string[];
  deliveryWebhooks: string[];
  deliveries: string[];
  adminWebhooks: string[];
  adminDeliveryWebhooks: string[];
  adminDeliveries: string[];
  notifications: string[];
  queues: string[];
  /** COMPLETED backups of the first subscription (its id comes from the subscriptions' pool: one pair in two is real). */
  backups: string[];
  /** The seeded services' versions (one pair of slug and version in three is real). */
  versions: string[];
  /** Custom domains of the quiet subscription (PENDING: no DNS serves them). */
  domains: string[];
  resizable: string[];
  /** The subscription the domain operations and the logs use (POOL_OF_OPERATION). */
  quietSubscriptions: string[];
  /** Keys of the fuzzing customer to revoke: never the one it calls with. */
  apiKeys: string[];
}

const waitFor = async <T>(read: () => Promise<T[]>, timeoutMs: number): Promise<T[]> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await read();
    if (found.length || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

/**
 * The callers and the real objects of a fuzzing run on a fresh local platform: a customer with subscriptions,
 * webhooks (pointing at a local receiver), deliveries and notifications; an administrator; an agent with a
 * registered node; the inbound hooks' secrets; and victims for the destructive admin operations.
 */
export const createFuzzFixtures = async (platform: LocalPlatform, receiver: WebhookReceiver) => {
  const api = apiClient(() => platform);
  const must = async (what: string, call: Promise<{ status: number; text: string; json: any }>, expected: number) => {
    const response = await call;
    if (response.status !== expected) throw new Error(`fixture ${what}: ${response.status} ${response.text.slice(0, 300)}`);
    return response.json;
  };

  receiver.answerWith((path) => ({ status: path.startsWith(GONE_PATH) ? 410 : 200 }));
  const admin = await api.adminToken('fuzz-admin@example.com');
  // Platform-event endpoints first, so the registrations below are delivered to them (and only those: fewer
  // deliveries running beside the fuzzing). The first is the retries' own (POOL_OF_OPERATION).
  const adminWebhooks: string[] = [];
  for (const n of [0, 1, 2]) {
    const created = await must('admin webhook', api.call('POST', '/v1/admin/webhooks', { token: admin, body: { url: receiver.url(`/admin-${n}`), eventTypes: ['user.registered'] } }), 201);
    adminWebhooks.push(created.webhook.id);
  }
  const adminDeliveryWebhooks = adminWebhooks.splice(0, 1);

  const agentToken = (await must('agent token', api.call('POST', '/v1/admin/agent-tokens', { token: admin, body: { name: 'fuzz-agent' } }), 201)).token as string;
  const victimAgentTokens: string[] = [];
  for (const n of [1, 2]) victimAgentTokens.push((await must('victim agent token', api.call('POST', '/v1/admin/agent-tokens', { token: admin, body: { name: `fuzz-victim-${n}` } }), 201)).id);
  const workers: string[] = [];
  const nodeNames = ['fuzz-node-1', 'fuzz-node-2'];
  for (const nodeName of nodeNames) {
    const node = await must('node', api.call('POST', '/v1/agent/register', { token: agentToken, body: registerBody(nodeName) }), 200);
    await must('heartbeat', api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body: heartbeatBody(nodeName) }), 204);
    workers.push(node.id, node.name);
  }
  // The nodes keep beating every 10 s, as agents do, for as long as the platform answers: the local platform's
  // node-health schedule marks a node silent for 40 s UNHEALTHY, and on a loaded machine the fuzzing reached
  // POST /v1/subscriptions after that, when no healthy node had room (CI saw createSubscription with no 2xx).
  const beats = setInterval(() => {
    for (const nodeName of nodeNames) {
      api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body: heartbeatBody(nodeName) }).catch((error: Error) => {
        if (error instanceof TypeError) clearInterval(beats);
      });
    }
  }, 10_000);
  beats.unref();

  const customer = await api.register({ email: 'fuzz-customer@example.com' });
  // Closing an account is fuzzed as an account of its own, whose password no body pool holds: the fuzzer's
  // customer (and its subscriptions) must outlive the run, and a fuzzed DELETE /v1/auth/me could close it.
  // Its password is in the pool, so one valid case closes it (the success path), and the later ones meet a closed account.
  const closerPassword = 'the closer keeps this to itself';
  const closer = await api.register({ email: 'fuzz-closer@example.com', password: closerPassword, verified: false });
  // Unused reset and verification links of an account of their own, as the token store makes them, so the
  // token routes' success path is fuzzed too (forged tokens alone would only ever be refused).
  const linked = await api.register({ email: 'fuzz-linked@example.com', verified: false });
  const tokenStore = dynamoAccountTokenStore(dynamoDocumentClient(), process.env.TABLE_NAME!);
  const mint = async (purpose: AccountTokenPurpose) => {
    const token = newAccountToken();
    const now = new Date();
    const expiresAt = Math.floor(now.getTime() / 1000) + ACCOUNT_TOKEN_SECONDS[purpose];
    await tokenStore.create({ purpose, tokenHash: hashAccountToken(token), userId: linked.user.id, email: linked.email, createdAt: now.toISOString(), expiresAt });
    return token;
  };
  const linkTokens = await Promise.all([...Array.from({ length: 20 }, () => mint('password-reset')), ...Array.from({ length: 20 }, () => mint('email-verification'))]);
  // The customer's API key with every scope: the right caller of half the cases of every route it may call.
  const allScopes = ['subscriptions:read', 'subscriptions:write', 'webhooks', 'billing:read'];
  const apiKey = (await must('API key', api.call('POST', '/v1/auth/api-keys', { token: customer.accessToken, body: { name: 'fuzz', scopes: allScopes } }), 201)).key as string;
  const apiKeys: string[] = [];
  for (const n of [1, 2]) apiKeys.push((await must('victim API key', api.call('POST', '/v1/auth/api-keys', { token: customer.accessToken, body: { name: `fuzz-victim-${n}`, scopes: ['webhooks'] } }), 201)).apiKey.id);
  // An account with two-factor sign-in, and ten second steps of its sign-in (any of its recovery codes
  // answers any of its challenges), so the fuzzed POST /v1/auth/login/mfa reaches its success.
  const mfaUser = await api.register({ email: 'fuzz-mfa@example.com' });
  const enrolled = await must('TOTP enrolment', api.call('POST', '/v1/auth/mfa/totp', { token: mfaUser.accessToken }), 200);
  const code = TOTP.generate({ secret: Secret.fromBase32(enrolled.secret), timestamp: Date.now() });
  const recoveryCodes = (await must('TOTP confirmation', api.call('POST', '/v1/auth/mfa/totp/confirm', { token: mfaUser.accessToken, body: { code } }), 200)).recoveryCodes as string[];
  const mfaTokens: string[] = [];
  for (let n = 0; n < recoveryCodes.length; n++) mfaTokens.push((await must('login with two-factor', api.login(mfaUser.email, mfaUser.password), 200)).mfaToken);
  const victimUsers: string[] = [];
  for (const n of [1, 2]) victimUsers.push((await api.register({ email: `fuzz-victim-${n}@example.com` })).user.id);

  const services = ((await must('services', api.call('GET', '/v1/services'), 200)).items as { slug: string; plans: { id: string }[] }[]);
  const subscriptions: string[] = [];
  for (const service of services.slice(0, 2)) {
    const created = await must('subscription', api.call('POST', '/v1/subscriptions', { token: customer.accessToken, body: { serviceSlug: service.slug, planId: service.plans[0]!.id } }), 202);
    subscriptions.push(created.subscription.id);
  }

  const sameLimits = { cpuMillicores: 300, memoryMiB: 384, storageGiB: 1 };
  await must(
    'resizable service',
    api.call('POST', '/v1/admin/services', {
      token: admin,
      body: {
        slug: 'fuzz-resizable',
        name: 'Resizable',
        description: 'Two plans of one size, for plan changes.',
        version: '1.64.0',
        template: 'n8n',
        plans: [
          { id: 'starter', name: 'Starter', price: { amount: 900, currency: 'EUR' }, billingPeriod: 'month', limits: sameLimits },
          { id: 'business', name: 'Business', price: { amount: 2900, currency: 'EUR' }, billingPeriod: 'month', limits: sameLimits },
        ],
      },
    }),
    201,
  );
  const resizable = [(await must('resizable subscription', api.call('POST', '/v1/subscriptions', { token: customer.accessToken, body: { serviceSlug: 'fuzz-resizable', planId: 'starter' } }), 202)).subscription.id as string];
  const quietSubscriptions = [(await must('quiet subscription', api.call('POST', '/v1/subscriptions', { token: customer.accessToken, body: { serviceSlug: 'fuzz-resizable', planId: 'starter' } }), 202)).subscription.id as string];

  // The retries' own endpoint (POOL_OF_OPERATION), with two deliveries so its list issues a cursor.
  const webhooks: string[] = [];
  for (const n of [0, 1, 2, 3]) {
    const created = await must('webhook', api.call('POST', '/v1/webhooks', { token: customer.accessToken, body: { url: receiver.url(`/customer-${n}`), eventTypes: ['webhook.test'] } }), 201);
    webhooks.push(created.webhook.id);
  }
  const deliveryWebhooks = webhooks.splice(0, 1);
  for (let n = 0; n < 2; n++) await must('webhook test', api.call('POST', `/v1/webhooks/${deliveryWebhooks[0]}/test`, { token: customer.accessToken }), 202);

  // Renewing, suspending and resuming need ACTIVE subscriptions: provisioning on the simulated cluster finishes
  // (onto the nodes registered above) while the webhooks were made.
  for (const id of [...subscriptions, ...resizable, ...quietSubscriptions]) await settledInstance(api, customer.accessToken, id, ['RUNNING']);
  const backups: string[] = [];
  for (let n = 0; n < 3; n++) {
    const started = await must('backup', api.call('POST', `/v1/subscriptions/${subscriptions[0]}/backups`, { token: customer.accessToken }), 202);
    await waitFor(async () => ((await api.call('GET', `/v1/subscriptions/${subscriptions[0]}/backups/${started.id}`, { token: customer.accessToken })).json?.status === 'COMPLETED' ? [true] : []), 30_000);
    await settledInstance(api, customer.accessToken, subscriptions[0]!, ['RUNNING']);
    backups.push(started.id);
  }

  const domains: string[] = [];
  for (let n = 0; n < 3; n++) {
    domains.push((await must('domain', api.call('POST', `/v1/subscriptions/${quietSubscriptions[0]}/domains`, { token: customer.accessToken, body: { hostname: `fuzz-${n}-${Date.now()}.example.com` } }), 201)).hostname);
  }

  const idsOf = async (path: string, token: string, field: string) => ((await api.call('GET', path, { token })).json?.items ?? []).map((item: Record<string, string>) => item[field]) as string[];
  const deliveries = await waitFor(async () => {
    const ids = await idsOf(`/v1/webhooks/${deliveryWebhooks[0]}/deliveries`, customer.accessToken, 'deliveryId');
    return ids.length >= 2 ? ids : [];
  }, 15_000);
  const adminDeliveries = await waitFor(() => idsOf(`/v1/admin/webhooks/${adminDeliveryWebhooks[0]}/deliveries`, admin, 'deliveryId'), 15_000);
  const notifications = await waitFor(() => idsOf('/v1/notifications', customer.accessToken, 'id'), 15_000);
  const queues = await idsOf('/v1/admin/queues', admin, 'name');
  // Newer versions to upgrade to: n8n's for the customer's upgrade, WordPress's for a batch upgrade of a
  // version no fixture instance runs (it completes at once, so its progress can be read and it can start anew).
  await must('n8n version', api.call('POST', '/v1/admin/services/n8n/versions', { token: admin, body: { version: '1.65.0', image: 'n8nio/n8n', tag: '1.65.0' } }), 201);
  await must('wordpress version', api.call('POST', '/v1/admin/services/wordpress/versions', { token: admin, body: { version: '6.7.0', image: 'wordpress', tag: '6.7.0-apache' } }), 201);
  await must('batch upgrade', api.call('POST', '/v1/admin/services/wordpress/versions/6.6.2/upgrade-all', { token: admin, body: { toVersion: '6.7.0', batchSize: 1 } }), 202);

  const pools: Pools = {
    services: services.map((s) => s.slug),
    victimUsers,
    workers,
    victimAgentTokens,
    subscriptions,
    webhooks,
    deliveryWebhooks,
    deliveries: [...new Set(deliveries)],
    adminWebhooks,
    adminDeliveryWebhooks,
    adminDeliveries: [...new Set(adminDeliveries)],
    notifications,
    queues,
    backups,
    versions: [...new Set(services.map((s) => (s as { version?: string }).version).filter((v): v is string => Boolean(v)))],
    domains,
    resizable,
    quietSubscriptions,
    apiKeys,
  };

  const cursors = new Map<string, string[]>();
  const real: RealValues = {
    pathValues: (operation, param) => {
      const own = POOL_OF_OPERATION[operation.operationId]?.[param];
      if (own) return pools[own];
      const prefix = operation.path.slice(0, operation.path.indexOf(`{${param}}`) + param.length + 2);
      const pool = POOL_OF_PATH[prefix];
      return pool ? pools[pool] : [];
    },
    cursors: (operation) => cursors.get(operation.operationId) ?? [],
    anyIds: [...subscriptions, ...webhooks, ...deliveryWebhooks, ...victimUsers, ...victimAgentTokens, ...workers.filter((_, i) => i % 2 === 0)],
    // The fuzzer's own credentials may be changed by these (a password, a refresh token's family): the access
    // tokens it calls with stay valid for their 15 minutes, longer than the run. The one real webhook URL answers
    // 410 (GONE_PATH): an endpoint the fuzzer creates or moves there is disabled at its first delivery, instead
    // of getting every event of the run.
    bodyValues: {
      url: [receiver.url(`${GONE_PATH}/fuzzed`)],
      refreshToken: [customer.refreshToken],
      email: [customer.email],
      password: [customer.password, closerPassword],
      token: linkTokens,
      currentPassword: [customer.password],
      serviceSlug: services.map((s) => s.slug),
      planId: [...new Set(services.flatMap((s) => s.plans.map((plan) => plan.id)))],
      nodeName: ['fuzz-node-1'],
      version: ['1.65.0'],
      toVersion: ['6.7.0'],
      mfaToken: mfaTokens,
      code: recoveryCodes,
    },
  };

  const secrets = platform.inboundSecrets;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const rightCredentials: Record<Identity, (body: Buffer) => Record<string, string>> = {
    public: () => ({}),
    customerToken: () => bearer(customer.accessToken),
    adminToken: () => bearer(admin),
    agentToken: () => bearer(agentToken),
    stripeSignature: (body) => {
      const t = Math.floor(Date.now() / 1000);
      return { 'stripe-signature': `t=${t},v1=${createHmac('sha256', secrets.payments).update(`${t}.`).update(body).digest('hex')}` };
    },
    hmacSignature: (body) => hmacHeaders(secrets.kubernetes, body),
    alertsToken: () => bearer(secrets.alerts),
  };
  const otherCredentials: Record<Identity, Record<string, string>> = {
    public: bearer(admin),
    customerToken: bearer(admin),
    // A customer's key is no administrator (403), whatever its scopes.
    adminToken: bearer(apiKey),
    agentToken: bearer(customer.accessToken),
    stripeSignature: bearer(customer.accessToken),
    hmacSignature: bearer(agentToken),
    alertsToken: bearer(customer.accessToken),
  };

  /** Every other right case of a route an API key may call is sent with the key instead of the token. */
  let rightCases = 0;
  const keyMayCall = (operation: ContractOperation) => operation.identity === 'customerToken' && apiKeyScopeOf(`${operation.method} ${operation.path}`) !== undefined;

  /** The headers of a case's caller: the operation's own identity (signing the very bytes sent), or a wrong one. */
  const credentials = (operation: ContractOperation, fuzzCase: FuzzCase): Record<string, string> => {
    switch (fuzzCase.auth) {
      case 'right':
        if (operation.operationId === 'closeMe') return bearer(closer.accessToken);
        if (keyMayCall(operation) && rightCases++ % 2 === 1) return bearer(apiKey);
        return rightCredentials[operation.identity](Buffer.from(fuzzCase.body ?? ''));
      case 'other':
        return otherCredentials[operation.identity];
      case 'garbage':
        return { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', 'stripe-signature': 't=1,v1=00', 'x-signature': 'sha256=00', 'x-signature-timestamp': '1' };
      case 'none':
        return {};
    }
  };

  return { api, admin, customer, pools, real, cursors, credentials };
};

export type FuzzFixtures = Awaited<ReturnType<typeof createFuzzFixtures>>;
