import { Secret, TOTP } from 'otpauth';
import { ulid } from 'ulid';
import { heartbeatBody, registerBody } from '../../support/agent-payloads';
import type { RouteDefinition } from '../../../shared/http/route';
import { CLOSER_PASSWORD } from './account-fixtures';
import type { HardeningWorld } from './hardening-world';

/** One request to a route: its path parameters, query string and body, and what a success hands on. */
export interface RouteRequest {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  /** The body as sent, when it must be exact bytes (signed hooks); else JSON of `body`. */
  raw?: string;
  headers?: Record<string, string>;
  /** Called with the parsed answer of a 2xx, e.g. to keep a rotated refresh token. */
  then?: (json: any) => void;
  /**
   * The access token the callers a route allows use instead of their own, for a route that ends its caller
   * (closing the account): a throwaway account of the world's, so the identities live on.
   */
  callerToken?: () => string;
}

const stripeEvent = (type: string) =>
  JSON.stringify({ id: `evt_${ulid()}`, object: 'event', api_version: '2025-01-27.acacia', created: Math.floor(Date.now() / 1000), livemode: false, type, data: { object: { id: `cus_${ulid()}`, object: 'customer' } } });

const kubernetesEvent = () =>
  JSON.stringify({
    metadata: { name: `unrelated.${ulid().toLowerCase()}`, namespace: 'kube-system', uid: ulid(), resourceVersion: '1' },
    involvedObject: { kind: 'Pod', namespace: 'kube-system', name: 'coredns-0', apiVersion: 'v1' },
    reason: 'Pulled',
    message: 'Container image already present',
    firstTimestamp: new Date().toISOString(),
    lastTimestamp: new Date().toISOString(),
    count: 1,
    type: 'Normal',
  });

const alertsBody = () =>
  JSON.stringify({
    version: '4',
    groupKey: `{}:{alertname="MatrixProbe${ulid()}"}`,
    truncatedAlerts: 0,
    status: 'firing',
    receiver: 'paas-platform',
    groupLabels: {},
    commonLabels: {},
    commonAnnotations: {},
    externalURL: 'http://alertmanager.local:9093',
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'MatrixProbe', severity: 'info' },
        annotations: { summary: 'A probe of the authorization matrix' },
        startsAt: new Date().toISOString(),
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus.local/graph',
        fingerprint: ulid().toLowerCase().slice(0, 16),
      },
    ],
  });

/**
 * A valid request for each operation that needs parameters or a body, built from the world's real objects.
 * An operation missing here that needs either makes the suites fail, naming it: a new route is covered the
 * day it is added. Destructive operations use spare objects, so the order of the table never matters.
 */
export const routeRequests = (world: HardeningWorld): Record<string, () => RouteRequest> => {
  const sub = { id: world.subscriptions.main.id };
  const hook = { id: world.webhooks.main.id };
  const platformHook = { id: world.platform.webhooks.main.id };
  let refreshToken = world.signIn.refreshToken;
  let counter = 0;
  // Each link works once, and each closing ends an account: every request takes the next of its pool.
  const { tokens, closers } = world.accounts;
  let resets = 0;
  let verifications = 0;
  let closings = 0;
  const next = (pool: string[], index: number, what: string) => {
    const value = pool[index];
    if (value === undefined) throw new Error(`the world ran out of ${what}: add more in account-fixtures.ts`);
    return value;
  };
  // Two-factor enrolments in the order the suites make them (the customer's, then another's): each confirm
  // answers the oldest pending one with a code of its secret, and each disable spends a recovery code of it.
  const pendingSecrets: string[] = [];
  const recoveryCodes: string[] = [];
  const mfaSignIns = [...world.mfaSignIns];
  const codeOf = (secret: string | undefined) => (secret ? TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() }) : '000000');
  return {
    register: () => ({ body: { email: `matrix-${Date.now()}-${counter++}@example.com`, password: 'correct horse battery staple', name: 'Matrix' } }),
    login: () => ({ body: { email: world.signIn.email, password: world.signIn.password } }),
    refresh: () => ({ body: { refreshToken }, then: (json) => void (refreshToken = json.refreshToken) }),
    logout: () => ({}),
    updateMe: () => ({ body: { name: 'Renamed by the matrix' } }),
    // A new address each time: the per-address limit of reset mails counts addresses with no account too.
    forgotPassword: () => ({ body: { email: world.accounts.forgotEmail() } }),
    resetPassword: () => ({ body: { token: next(tokens.reset, resets++, 'reset links'), password: 'a matrix reset passphrase' } }),
    verifyEmail: () => ({ body: { token: next(tokens.verify, verifications++, 'verification links') } }),
    closeMe: () => ({ body: { password: CLOSER_PASSWORD }, callerToken: () => next(closers, closings++, 'accounts to close') }),
    enrolTotp: () => ({ then: (json) => void pendingSecrets.push(json.secret) }),
    confirmTotp: () => ({ body: { code: codeOf(pendingSecrets[0]) }, then: (json) => void (pendingSecrets.shift(), recoveryCodes.push(json.recoveryCodes[0])) }),
    disableTotp: () => ({ body: { code: recoveryCodes[0] ?? 'AAAA-AAAA-AAAA-AAAA' }, then: () => void recoveryCodes.shift() }),
    // Each success spends its challenge and code; the pool holds twenty (hardening-world.ts).
    loginMfa: () => ({ body: mfaSignIns[0] ?? { mfaToken: 'mfa_exhausted_pool_of_the_world', code: '000000' }, then: () => void mfaSignIns.shift() }),
    createApiKey: () => ({ body: { name: `Matrix ${counter++}`, scopes: ['subscriptions:read'] } }),
    revokeApiKey: () => ({ params: { id: world.apiKeys.spareId } }),
    getService: () => ({ params: { slug: 'n8n' } }),
    createService: () => ({
      body: {
        slug: `matrix-${ulid().toLowerCase().slice(-10)}`,
        name: 'Matrix created',
        description: 'Created by the matrix.',
        version: '1.0.0',
        template: 'n8n',
        plans: [{ id: 'basic', name: 'Basic', price: { amount: 500, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 250, memoryMiB: 256, storageGiB: 1 } }],
      },
    }),
    updateService: () => ({ params: { slug: world.platform.serviceSlug }, body: { description: 'Changed by the matrix.' } }),
    deactivateService: () => ({ params: { slug: world.platform.serviceSlug } }),
    listServiceVersions: () => ({ params: { slug: 'n8n' } }),
    addServiceVersion: () => ({ params: { slug: world.platform.serviceSlug }, body: { version: `2.0.${counter++}-m${Date.now()}`, image: 'n8nio/n8n', tag: 'matrix' } }),
    // Leaves the seeded default as it was: the routes after this one find it unchanged.
    updateServiceVersion: () => ({ params: { slug: 'n8n', version: '1.64.0' }, body: { status: 'supported' } }),
    // The fixture service has no instance: its batch completes at once, and a POST on a COMPLETED one starts anew.
    startUpgradeAll: () => ({ params: { slug: world.platform.serviceSlug, version: '1.0.0' }, body: { toVersion: '9.0.0', batchSize: 1 } }),
    getUpgradeAll: () => ({ params: { slug: world.platform.serviceSlug, version: '1.0.0' } }),
    adminGetUser: () => ({ params: { id: world.platform.victimUserId } }),
    adminUpdateUser: () => ({ params: { id: world.platform.victimUserId }, body: { name: 'Victim, renamed' } }),
    adminDeleteUser: () => ({ params: { id: world.platform.victimUserId } }),
    agentRegister: () => ({ body: registerBody(world.nodeName) }),
    agentHeartbeat: () => ({ body: heartbeatBody(world.nodeName) }),
    adminGetWorker: () => ({ params: { idOrName: world.platform.spareNode.id } }),
    adminUpdateWorker: () => ({ params: { idOrName: world.platform.spareNode.name }, body: { labels: { zone: 'matrix' } } }),
    adminDeleteWorker: () => ({ params: { idOrName: world.platform.spareNode.name } }),
    adminCreateAgentToken: () => ({ body: { name: 'matrix created' } }),
    adminRevokeAgentToken: () => ({ params: { id: world.platform.spareAgentTokenId } }),
    createSubscription: () => ({ body: { serviceSlug: 'n8n', planId: 'starter', name: 'Created by the matrix' } }),
    getSubscription: () => ({ params: sub }),
    cancelSubscription: () => ({ params: { id: world.subscriptions.spare.id } }),
    renewSubscription: () => ({ params: sub }),
    // Payments run on stripe-mock in the hardening suites: a Checkout Session and a portal session, answered 200.
    startCheckout: () => ({ params: sub }),
    openBillingPortal: () => ({}),
    getSubscriptionInstance: () => ({ params: sub }),
    getSubscriptionUsage: () => ({ params: sub }),
    createBackup: () => ({ params: { id: world.subscriptions.backedUp.id } }),
    listBackups: () => ({ params: sub }),
    getBackup: () => ({ params: { ...sub, backupId: world.backups.main } }),
    deleteBackup: () => ({ params: { ...sub, backupId: world.backups.spare } }),
    downloadBackup: () => ({ params: { ...sub, backupId: world.backups.main } }),
    // Into a clone: main itself never leaves RUNNING, so the routes after this one find it as it was.
    restoreBackup: () => ({ params: { ...sub, backupId: world.backups.main }, body: { intoNewSubscription: true } }),
    // Its own subscription, so the UPGRADING it leaves meets no other route; the key makes every call the first one's.
    upgradeInstance: () => ({ params: { id: world.subscriptions.upgraded.id }, body: { version: '1.65.0' }, headers: { 'Idempotency-Key': `matrix-upgrade-${world.marker}` } }),
    addDomain: () => ({ params: sub, body: { hostname: `matrix-${Date.now()}-${counter++}.example.com` } }),
    listDomains: () => ({ params: sub }),
    verifyDomain: () => ({ params: { ...sub, hostname: world.domains.main } }),
    removeDomain: () => ({ params: { ...sub, hostname: world.domains.spare } }),
    restartInstance: () => ({ params: { id: world.subscriptions.restarted.id } }),
    getInstanceLogs: () => ({ params: sub, query: '?tail=20' }),
    listInstanceEvents: () => ({ params: sub }),
    // Starter to business on a service whose plans have one size (hardening-world.ts), on a subscription of its own.
    changePlan: () => ({ params: { id: world.subscriptions.resized.id }, body: { planId: 'business' } }),
    adminSuspendSubscription: () => ({ params: sub }),
    adminResumeSubscription: () => ({ params: sub }),
    createWebhook: () => ({ body: { url: world.receiver.url('/matrix-created'), eventTypes: ['instance.failed'] } }),
    getWebhook: () => ({ params: hook }),
    updateWebhook: () => ({ params: hook, body: { description: 'Changed by the matrix' } }),
    deleteWebhook: () => ({ params: { id: world.webhooks.spare.id } }),
    rotateWebhookSecret: () => ({ params: hook }),
    listWebhookDeliveries: () => ({ params: hook }),
    testWebhook: () => ({ params: hook }),
    retryWebhookDelivery: () => ({ params: { ...hook, deliveryId: world.webhooks.deliveryId } }),
    adminCreateWebhook: () => ({ body: { url: world.receiver.url('/platform-created'), eventTypes: ['worker.unhealthy'] } }),
    adminGetWebhook: () => ({ params: platformHook }),
    adminUpdateWebhook: () => ({ params: platformHook, body: { description: 'Changed by the matrix' } }),
    adminDeleteWebhook: () => ({ params: { id: world.platform.webhooks.spare.id } }),
    adminRotateWebhookSecret: () => ({ params: platformHook }),
    adminListWebhookDeliveries: () => ({ params: platformHook }),
    adminRetryWebhookDelivery: () => ({ params: { ...platformHook, deliveryId: world.platform.webhooks.deliveryId } }),
    readNotification: () => ({ params: { id: world.notificationId } }),
    paymentsHook: () => ({ raw: stripeEvent('customer.created') }),
    kubernetesHook: () => ({ raw: kubernetesEvent() }),
    alertsHook: () => ({ raw: alertsBody() }),
    adminRedriveQueue: () => ({ params: { name: 'webhook-delivery' } }),
  };
};

/** The request for a route, or an error naming what to add when the route needs one and has none. */
export const requestFor = (requests: Record<string, () => RouteRequest>, route: RouteDefinition): RouteRequest => {
  const make = requests[route.operationId];
  if (make) return make();
  const needsBody = route.request?.body ? !route.request.body.safeParse(undefined).success : false;
  if (route.path.includes('{') || needsBody) {
    throw new Error(`${route.operationId} (${route.method} ${route.path}) needs parameters or a body: add a request for it in test/hardening/support/route-requests.ts`);
  }
  return {};
};

/** The URL path of a request: the route's path with its parameters filled in. */
export const pathOf = (route: RouteDefinition, request: RouteRequest) =>
  route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = request.params?.[name];
    if (value === undefined) throw new Error(`${route.operationId}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
