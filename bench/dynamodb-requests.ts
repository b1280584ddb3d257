import { queues } from '../functions/queues';
import { startBenchReceiver } from './webhook-receiver';
import { routes } from '../functions/routes';
import { dynamoDocumentClient } from '../shared/aws/clients';
import { catalogSeed } from '../shared/catalog/catalog-seed';
import type { AuthKind, RouteDefinition } from '../shared/http/route';
import { heartbeatRoute, registerNodeRoute } from '../functions/agent/agent-routes';
import { loadDocsAssets } from '../functions/docs/docs-assets';
import {
  BENCH_PASSWORD,
  createAgentToken,
  heartbeatBody,
  registerBody,
  registerNode,
  sendJson,
  type BenchAgentToken,
  type BenchCustomer,
  type SessionTokens,
} from './bench-callers';
import { attachCapacityRecorder, type RecordedCommand } from './capacity-recorder';
import { examplePath } from './function-events';
import { checkHeartbeatRequests } from './heartbeats';
import { round } from './stats';

export interface RequestCountResult {
  operationId: string;
  request: string;
  caller: 'anonymous' | 'authorised';
  status: number;
  /** DynamoDB requests the operation sent, their operations, and the capacity units they consumed. */
  requests: number;
  operations: string[];
  capacityUnits: number;
}

/** The credentials the counting run uses: real ones (bench-callers.ts), no stand-ins. */
export interface CountCallers {
  adminToken: string;
  /** A registered customer that stays signed in; only its name changes here. */
  customer: BenchCustomer;
}

/** What the rows hand on to later rows: the throwaway account the register row creates, and its sessions. */
interface CountState extends CountCallers {
  /** Registered by the register row; logged into, renamed, disabled and finally deleted by later rows. */
  throwaway?: BenchCustomer;
  /** The session the login row opens, the refresh row rotates and the logout row ends. */
  loginSession?: SessionTokens;
  /** The agent token the agent rows use, created over HTTP before counting starts. */
  agentToken: BenchAgentToken;
  /** A node registered before counting starts, for the delete row to remove. */
  spareNode: { id: string; name: string };
  /** The node the register row creates; read, changed and sent heartbeats by later rows. */
  node?: { id: string; name: string };
  /** Created by the create-token row, revoked by the revoke row, then refused on heartbeats. */
  throwawayAgentToken?: BenchAgentToken;
  /** Registered with the throwaway agent token just before it is revoked; its heartbeat is refused after. */
  revokedNode?: { id: string; name: string };
  /** The subscription the create row makes (its provisioning runs in the background); cancelled by a later row. */
  subscriptionId?: string;
  /** Its instance: the workflows run under this name, and each row waits for them so their requests are not counted as the row's. */
  instanceId?: string;
  /** Webhook endpoints the create rows register: one kept for the later rows, one for the delete row. */
  webhooks: { customer: string[]; admin: string[] };
  /** A receiver on loopback answering 204, so deliveries to the bench's endpoints end at once (no retries later). */
  webhookReceiverUrl: string;
  /** The API key the create row makes, for the revoke row. */
  apiKeyId?: string;
  /** The webhook.test event the test row queues; its delivery is what the retry row sends again. */
  webhookTestEventId?: string;
}

interface Example {
  note?: string;
  /** Sends this example to another route than the one whose turn it is (a check that needs this row first). */
  route?: RouteDefinition;
  /** Which callers to send; by default anonymous then authorised for protected routes, anonymous for public ones. */
  callers?: readonly ('anonymous' | 'authorised')[];
  /** The exact number of DynamoDB requests the authorised request must send; unchecked when omitted. */
  requests?: number;
  /** Checks the requests the authorised request sent beyond their number; answers what is wrong. */
  check?: (commands: RecordedCommand[]) => string | undefined;
  params?: Record<string, string>;
  /** A query string, `?` included. */
  query?: string;
  body?: unknown;
  /** The authorised caller's bearer token; the kind's default caller when omitted. */
  token?: string;
  /** The status the (authorised, or for public routes the only) request must answer; any 2xx when omitted. */
  status?: number;
  /** Sees the answer's JSON, to hand tokens and ids on to later rows. */
  then?: (json: unknown) => void;
}

/** Well-formed ids and link tokens no item carries: the refusals' own cost. */
const UNKNOWN_ID = '01M8B0000000000000000000ZZ';
const UNKNOWN_TOKEN = 'A'.repeat(43);

/** A service the write examples create, change and deactivate, so the seeded catalog is left as it was. */
const benchService = { ...catalogSeed[0]!, slug: 'bench-app', name: 'Bench app' };
const THROWAWAY = { email: 'bench-throwaway@example.com', name: 'Bench throwaway' };
const THROWAWAY_NEW_PASSWORD = 'bench another horse battery';
/** The node the agent rows register; the spare one is registered beforehand for the delete row. */
const BENCH_NODE = 'bench-node';
const SPARE_NODE = 'bench-node-spare';
/** Registered with the throwaway agent token, which is then revoked. */
const REVOKED_NODE = 'bench-node-revoked';

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} is missing: an earlier row that makes it did not succeed`);
  return value;
};

const kept = (ids: string[]) => need(ids[0], 'the webhook endpoint the create row registers');
const spare = (ids: string[]) => need(ids[1], 'the second webhook endpoint the create row registers');
const webhookCreates = (state: CountState, into: string[], eventTypes: string[]): Example[] =>
  [0, 1].map((n) => ({
    note: n === 0 ? undefined : 'a second, for the delete row',
    body: { url: `${state.webhookReceiverUrl}/bench-hook-${n}`, eventTypes, description: 'Bench receiver' },
    status: 201,
    then: (json: unknown) => void into.push((json as { webhook: { id: string } }).webhook.id),
  }));

/**
 * Requests per operation beyond its path example (function-events.ts), made when the operation's turn
 * comes, so they can use what earlier rows handed on (the route table lists register, login, refresh and
 * logout in that order, and the admin user routes after them). Operations not listed are sent with their
 * example path, no body and the default caller of their kind; listing a new write operation here makes its
 * row meaningful.
 */
const examples: Record<string, (state: CountState) => Example[]> = {
  // The subscription rows run in route-table order: create, list, get, cancel, renew (refused once
  // cancelled), instance; then the admin rows, whose suspend and resume are refused for a cancelled one.
  createSubscription: (state) => [
    {
      body: { serviceSlug: 'n8n', planId: 'starter' },
      status: 202,
      then: (json) => {
        const created = json as { subscription: { id: string }; instance: { id: string } };
        state.subscriptionId = created.subscription.id;
        state.instanceId = created.instance.id;
      },
    },
  ],
  getSubscription: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription') }, status: 200 }],
  cancelSubscription: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription') }, status: 202 }],
  renewSubscription: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription') }, note: 'cancelled', status: 409 }],
  getSubscriptionInstance: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription') }, status: 200 }],
  // A well-formed id the customer has no notification under: the one conditional update, refused (404).
  readNotification: () => [{ params: { id: '01M8B0000000000000000000ZZ' }, note: 'unknown id', status: 404 }],
  // Usage of the bench's (cancelled) subscription over the default range: the ownership read, then one Query.
  getSubscriptionUsage: (state) => [
    { params: { id: need(state.subscriptionId, 'the subscription') }, status: 200, requests: 2 },
    { params: { id: need(state.subscriptionId, 'the subscription') }, query: '?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z', note: 'range over 31 days', status: 400, requests: 0 },
  ],
  adminSuspendSubscription: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription') }, note: 'cancelled', status: 409 }],
  // The instance routes of issues 18 and 19 come after the cancel in the route table: each row is the
  // refusal of a cancelled subscription (its checks before any write), as for renew.
  ...Object.fromEntries(
    (
      [
        ['createBackup', {}],
        ['upgradeInstance', { body: { version: '1.65.0' } }],
        ['addDomain', { body: { hostname: 'bench.example.com' } }],
        ['restartInstance', {}],
        ['changePlan', { body: { planId: 'pro' } }],
        ['getInstanceLogs', {}],
      ] as const
    ).map(([operationId, extra]) => [operationId, (state: CountState): Example[] => [{ params: { id: need(state.subscriptionId, 'the subscription') }, note: 'cancelled', status: 409, ...extra }]]),
  ),
  // The bench's platform runs without stripe-mock: the payment routes answer 503 before any request.
  startCheckout: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription') }, note: 'payments off', status: 503 }],
  openBillingPortal: () => [{ note: 'payments off', status: 503 }],
  listBackups: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription') } }],
  listDomains: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription') } }],
  getBackup: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription'), backupId: UNKNOWN_ID }, note: 'unknown backup', status: 404 }],
  deleteBackup: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription'), backupId: UNKNOWN_ID }, note: 'unknown backup', status: 404 }],
  downloadBackup: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription'), backupId: UNKNOWN_ID }, note: 'unknown backup', status: 404 }],
  restoreBackup: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription'), backupId: UNKNOWN_ID }, note: 'unknown backup', body: {}, status: 404 }],
  verifyDomain: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription'), hostname: 'bench.example.com' }, note: 'unknown domain', status: 404 }],
  removeDomain: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription'), hostname: 'bench.example.com' }, note: 'unknown domain', status: 404 }],
  listInstanceEvents: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription') }, note: 'cancelled' }],
  // Account routes of issue 20: each with a body that reaches its use case, refused where a success would
  // end the bench customer's account or sessions.
  forgotPassword: (state) => [{ body: { email: state.customer.email }, status: 202 }],
  resetPassword: () => [{ body: { token: UNKNOWN_TOKEN, password: THROWAWAY_NEW_PASSWORD }, note: 'unknown link', status: 400 }],
  verifyEmail: () => [{ body: { token: UNKNOWN_TOKEN }, note: 'unknown link', status: 400 }],
  closeMe: () => [{ body: { password: 'not the bench password' }, note: 'wrong password', status: 403 }],
  confirmTotp: () => [{ body: { code: '000000' }, note: 'no enrolment', status: 400 }],
  disableTotp: () => [{ body: { code: '000000' }, note: 'not enrolled', status: 409 }],
  loginMfa: () => [{ body: { mfaToken: `mfa_${'A'.repeat(40)}`, code: '000000' }, note: 'unknown challenge', status: 401 }],
  createApiKey: (state) => [{ body: { name: 'bench key', scopes: ['subscriptions:read'] }, status: 201, then: (json) => void (state.apiKeyId = (json as { apiKey: { id: string } }).apiKey.id) }],
  revokeApiKey: (state) => [{ params: { id: need(state.apiKeyId, 'the API key the create row makes') }, status: 204 }],
  // Two versions no instance runs: the batch between them has nothing to upgrade (COMPLETED at its start), so
  // no upgrade runs under the later parts of the bench.
  addServiceVersion: () =>
    ['9.9.8', '9.9.9'].map((version) => ({ note: version, params: { slug: 'n8n' }, body: { version, image: 'n8nio/n8n', tag: version }, status: 201 })),
  updateServiceVersion: () => [{ params: { slug: 'n8n', version: '9.9.8' }, body: { status: 'deprecated' } }],
  startUpgradeAll: () => [{ params: { slug: 'n8n', version: '9.9.8' }, body: { toVersion: '9.9.9', batchSize: 5 }, status: 202 }],
  getUpgradeAll: () => [{ params: { slug: 'n8n', version: '9.9.8' } }],
  adminResumeSubscription: (state) => [{ params: { id: need(state.subscriptionId, 'the subscription') }, note: 'cancelled', status: 409 }],
  getService: () => [{}, { params: { slug: 'no-such-service' }, note: 'unknown slug', status: 404 }],
  // Webhook endpoints point at a loopback receiver: the local runtime allows plain http there (and only there).
  createWebhook: (state) => webhookCreates(state, state.webhooks.customer, ['subscription.activated', 'instance.failed']),
  getWebhook: (state) => [{ params: { id: kept(state.webhooks.customer) }, status: 200 }],
  updateWebhook: (state) => [{ params: { id: kept(state.webhooks.customer) }, body: { description: 'Changed by the bench.' }, status: 200 }],
  deleteWebhook: (state) => [{ params: { id: spare(state.webhooks.customer) }, status: 204 }],
  rotateWebhookSecret: (state) => [{ params: { id: kept(state.webhooks.customer) }, status: 200 }],
  listWebhookDeliveries: (state) => [{ params: { id: kept(state.webhooks.customer) }, status: 200 }],
  // The test event goes through the outbox, the fan-out and the delivery; each row waits for the queues, so
  // the retry row finds its delivery.
  testWebhook: (state) => [{ params: { id: kept(state.webhooks.customer) }, status: 202, then: (json) => void (state.webhookTestEventId = (json as { eventId: string }).eventId) }],
  retryWebhookDelivery: (state) => [{ params: { id: kept(state.webhooks.customer), deliveryId: need(state.webhookTestEventId, 'the webhook.test delivery') }, status: 202 }],
  adminCreateWebhook: (state) => webhookCreates(state, state.webhooks.admin, ['worker.offline']),
  adminGetWebhook: (state) => [{ params: { id: kept(state.webhooks.admin) }, status: 200 }],
  adminUpdateWebhook: (state) => [{ params: { id: kept(state.webhooks.admin) }, body: { enabled: false }, status: 200 }],
  adminDeleteWebhook: (state) => [{ params: { id: spare(state.webhooks.admin) }, status: 204 }],
  adminRotateWebhookSecret: (state) => [{ params: { id: kept(state.webhooks.admin) }, status: 200 }],
  adminListWebhookDeliveries: (state) => [{ params: { id: kept(state.webhooks.admin) }, status: 200 }],
  adminRetryWebhookDelivery: (state) => [{ params: { id: kept(state.webhooks.admin), deliveryId: '01J00000000000000000000000' }, note: 'unknown delivery', status: 404 }],
  // The queue table names what may be redriven; an unknown name is refused before any SQS call.
  adminRedriveQueue: () =>
    queues[0] ? [{ params: { name: queues[0].name }, status: 202 }] : [{ params: { name: 'no-such-queue' }, note: 'no queue in the table', status: 404 }],
  // The docs page's assets are named by their content; its start-up script is the small one.
  getDocsAsset: () => [{ params: { file: loadDocsAssets().startUp.name }, status: 200 }],
  createService: () => [{ body: benchService }],
  updateService: () => [{ params: { slug: benchService.slug }, body: { description: 'Changed by the bench.' } }],
  deactivateService: () => [{ params: { slug: benchService.slug } }],

  register: (state) => [
    {
      body: { ...THROWAWAY, password: BENCH_PASSWORD },
      status: 201,
      then: (json) => (state.throwaway = { ...THROWAWAY, password: BENCH_PASSWORD, session: json as SessionTokens }),
    },
  ],
  login: (state) => [
    { body: { email: THROWAWAY.email, password: BENCH_PASSWORD }, status: 200, then: (json) => (state.loginSession = json as SessionTokens) },
    // A failure costs the counters' writes too; it is the account's first, far from its lock-out (5).
    { note: 'wrong password', body: { email: THROWAWAY.email, password: 'not the bench password' }, status: 401 },
  ],
  refresh: (state) => [
    { body: { refreshToken: need(state.loginSession, 'the login session').refreshToken }, status: 200, then: (json) => (state.loginSession = json as SessionTokens) },
  ],
  logout: (state) => [{ note: 'current session', token: need(state.loginSession, 'the login session').accessToken, status: 204 }],
  updateMe: (state) => [
    { note: 'name', body: { name: 'Bench customer, renamed' } },
    {
      // On the throwaway, so the bench customer keeps its password and its sessions.
      note: 'password',
      token: need(state.throwaway, 'the throwaway account').session.accessToken,
      body: { password: THROWAWAY_NEW_PASSWORD, currentPassword: BENCH_PASSWORD },
    },
  ],
  adminListUsers: () => [{}, { note: 'email prefix', query: '?emailPrefix=bench' }],
  adminGetUser: (state) => [{ params: { id: need(state.throwaway, 'the throwaway account').session.user.id } }],
  adminUpdateUser: (state) => {
    const id = need(state.throwaway, 'the throwaway account').session.user.id;
    return [
      { note: 'name', params: { id }, body: { name: 'Bench throwaway, renamed' } },
      { note: 'disable', params: { id }, body: { status: 'DISABLED' } },
    ];
  },
  adminDeleteUser: (state) => [{ params: { id: need(state.throwaway, 'the throwaway account').session.user.id }, status: 204 }],

  agentRegister: (state) => [
    { note: 'new node', body: registerBody(BENCH_NODE), status: 200, then: (json) => (state.node = json as { id: string; name: string }) },
    { note: 'again, same name', body: registerBody(BENCH_NODE), status: 200 },
  ],
  // The design's promise: a heartbeat is one conditional UpdateItem of its node, checked against the copy of
  // the token the node registered with (id, secret hash, not revoked).
  agentHeartbeat: (state) => [
    { body: heartbeatBody(BENCH_NODE), status: 204, requests: 1, check: (commands) => checkHeartbeatRequests(commands, state.agentToken, BENCH_NODE) },
  ],
  adminGetWorker: (state) => [
    { note: 'by name', params: { idOrName: need(state.node, 'the registered node').name } },
    { note: 'by id', params: { idOrName: need(state.node, 'the registered node').id } },
  ],
  adminUpdateWorker: (state) => [{ note: 'by name', params: { idOrName: need(state.node, 'the registered node').name }, body: { schedulable: false, labels: { zone: 'bench-a' } } }],
  adminDeleteWorker: (state) => [{ params: { idOrName: state.spareNode.name }, status: 204 }],
  adminCreateAgentToken: (state) => [
    { body: { name: 'bench throwaway token' }, status: 201, then: (json) => (state.throwawayAgentToken = json as BenchAgentToken) },
  ],
  adminRevokeAgentToken: (state) => {
    const revoked = need(state.throwawayAgentToken, 'the throwaway agent token');
    const refused = (commands: RecordedCommand[]) => {
      // Whatever it reads to choose its answer, a refused heartbeat must have written nothing.
      const written = commands.filter((c) => WRITES.has(c.operation) && !c.error);
      return written.length ? `it wrote (${written.map(describeCommand).join(' + ')}) though it was refused` : undefined;
    };
    return [
      // A node that uses the token to be revoked, so the revocation has a node to mark.
      {
        route: registerNodeRoute,
        note: 'node of the token to revoke',
        callers: ['authorised'],
        token: revoked.token,
        body: registerBody(REVOKED_NODE),
        status: 200,
        then: (json) => (state.revokedNode = json as { id: string; name: string }),
      },
      { params: { id: revoked.id }, status: 204 },
      // Refused: the node's conditional UpdateItem fails, then reads tell 401 from 404 (counts observed, not pinned).
      { route: heartbeatRoute, note: 'revoked token, its node', callers: ['authorised'], token: revoked.token, body: heartbeatBody(REVOKED_NODE), status: 401, check: refused },
      { route: heartbeatRoute, note: "revoked token, another token's node", callers: ['authorised'], token: revoked.token, body: heartbeatBody(BENCH_NODE), status: 401, check: refused },
    ];
  },
};

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

/** An item's key as `PK/SK`. */
const keyText = (key: unknown) => {
  const { PK, SK } = (key ?? {}) as { PK?: unknown; SK?: unknown };
  return PK === undefined ? '?' : `${String(PK)}/${String(SK)}`;
};
/** One recorded command as read from its input: `UpdateItem NODE#x/NODE (failed: …)`, a transaction's items listed. */
const describeCommand = (command: RecordedCommand): string => {
  const input = command.input as { Key?: unknown; Item?: unknown; IndexName?: string; TransactItems?: Record<string, { Key?: unknown; Item?: unknown }>[] };
  const target = input.TransactItems
    ? ` [${input.TransactItems.map((item) => Object.entries(item).map(([kind, body]) => `${kind} ${keyText(body.Key ?? body.Item)}`).join('')).join(', ')}]`
    : input.Key || input.Item
      ? ` ${keyText(input.Key ?? input.Item)}`
      : input.IndexName
        ? ` ${input.IndexName}`
        : '';
  return `${command.operation}${target}${command.error ? ` (failed: ${command.error})` : ''}`;
};

/** GET routes read; the design allows each at most one DynamoDB request (DESIGN sections 4 and 9). */
const isRead = (route: RouteDefinition) => route.method === 'GET';
const READ_LIMIT = 1;

/**
 * The reads allowed more than one request, each with its own bound and the reason, printed with the table.
 * Every other read keeps the one-request rule.
 */
export const readExceptions: Record<string, { maxRequests: number; reason: string }> = {
  adminGetStats: {
    maxRequests: 6,
    reason:
      'six independent figures, sent in parallel, none growing with the table: the user counter (GetItem STATS/USERS), the subscription state counters (Query STATS, begins_with SUBSCRIPTIONS#: 8 shards), the month\'s revenue counters (Query STATS#REVENUE#<month>), the webhook tally of 24 hours (Query STATS#WEBHOOKS), the nodes (one Query of GSI1 NODES, projecting the status) and a COUNT query of the active-services index; they live in different partitions, so no single request reads them all',
  },
  getSubscriptionInstance: {
    maxRequests: 3,
    reason:
      "the instance is keyed by its own id (the workflows know only that), so the caller's ownership is checked on the subscription under USER#<id> first (GetItem), then the instance is read (GetItem INSTANCE#<id>), then its service (GetItem SERVICE#<slug>) for the versions it may upgrade to",
  },
  getSubscriptionUsage: {
    maxRequests: 2,
    reason:
      "the samples are keyed under the subscription (SUBSCRIPTION#<id>, where the metering job writes them knowing only the instance), so the caller's ownership is checked under USER#<id> first (GetItem), and another customer's id answers 404 without its samples being read; then one Query of the range",
  },
  listWebhookDeliveries: {
    maxRequests: 2,
    reason:
      "the attempt log is keyed by the endpoint (WEBHOOKLOG#<id>, where the delivery side writes it), so the caller's ownership of the endpoint is checked under USER#<id> first (GetItem), and an unknown or another customer's id answers 404 rather than an empty page",
  },
  adminListWebhookDeliveries: {
    maxRequests: 2,
    reason: 'as for a customer: the platform endpoint is checked first (GetItem), then its attempt log is read (Query)',
  },
  // The subscription's own lists and items (issues 18 and 19) are keyed under it or under the instance,
  // where their workflows write them knowing only those ids: ownership first, then the one read.
  ...Object.fromEntries(
    ['listBackups', 'getBackup', 'downloadBackup', 'listDomains', 'listInstanceEvents', 'getInstanceLogs'].map((row) => [
      row,
      { maxRequests: 2, reason: "the caller's ownership of the subscription is checked under USER#<id> first (GetItem), and another customer's id answers 404 before its items are read; then one read of them" },
    ]),
  ),
  getUpgradeAll: { maxRequests: 2, reason: 'the service is read first (GetItem: an unknown slug or version answers 404), then the batch of that version (Query, newest first)' },
  listServiceVersions: { maxRequests: 2, reason: "the versions live on the service item (GetItem), the count of live instances on each in a GSI1 entry per instance (one Query of the service's partition)" },
  adminListBackups: {
    maxRequests: 3,
    reason: 'failed backups first, then running, then completed: one Query of each status partition (GSI), in that order, until the page is full; a status filter reads one',
  },
  exportMe: {
    maxRequests: 5,
    reason:
      "everything held about the caller: the profile (GetItem) and four lists in parallel (subscriptions, webhook endpoints, ledger, notifications: one Query each), plus two per subscription (its instance, its backups; none here), each capped (EXPORT_CAPS); what the customer asks for once, not a page",
  },
  // Keyed by the row's label: only the by-id request has the exception, by name stays at one GetItem.
  'adminGetWorker (by id)': {
    maxRequests: 2,
    reason:
      'nodes are keyed by name (what agents know and send), so an id is first turned into the name by the id pointer item (GetItem NODEID#<id>), then the node is read (GetItem NODE#<name>); the second key depends on the first answer, and by name it is one GetItem',
  },
};

/**
 * Sends each route of the route table through the local platform, one request at a time, and records the
 * DynamoDB commands the handler sent while answering. Protected routes go once without credentials (they
 * must answer 401 before any DynamoDB request) and once with real credentials of their kind (agents: a token
 * the administrator creates over HTTP before counting starts). Some rows also pin an exact count or check
 * the requests themselves: a heartbeat is one conditional UpdateItem of its node; a heartbeat refused for a
 * revoked token writes nothing (its count is observed and described in the notes, not pinned). Returns the
 * rows, the violations (a read over its limit, a count off its pin, a failed check, an unexpected status)
 * and notes.
 */
export const countDynamoDbRequests = async (
  baseUrl: string,
  callers: CountCallers,
  drainStreams: () => Promise<void>,
  /** Waits for the workflows of an instance (provision, deprovision) that have been started, if any. */
  waitForWorkflows: (instanceId: string) => Promise<void> = async () => undefined,
) => {
  // Set-up over HTTP before the recorder is attached: an agent token and a node for the delete row.
  const agentToken = await createAgentToken(baseUrl, callers.adminToken, 'bench counting');
  const spareNode = await registerNode(baseUrl, agentToken.token, SPARE_NODE);
  await drainStreams();
  const receiver = await startBenchReceiver();
  const state: CountState = { ...callers, agentToken, spareNode, webhooks: { customer: [], admin: [] }, webhookReceiverUrl: receiver.url('') };
  const tokenFor = (kind: AuthKind): string | undefined =>
    kind === 'admin' ? state.adminToken : kind === 'customer' ? state.customer.session.accessToken : kind === 'agent' ? state.agentToken.token : undefined;
  const recorder = attachCapacityRecorder(dynamoDocumentClient());
  const rows: RequestCountResult[] = [];
  /** The commands behind each authorised row, for the notes that describe them. */
  const sentBy = new Map<RequestCountResult, RecordedCommand[]>();
  const violations: string[] = [];
  const notes: string[] = [];
  try {
    for (const listed of routes) {
      for (const example of examples[listed.operationId]?.(state) ?? [{}]) {
        const route = example.route ?? listed;
        const operationId = example.note ? `${route.operationId} (${example.note})` : route.operationId;
        const path = examplePath(route, example.params).path + (example.query ?? '');
        const token = route.auth === 'public' ? undefined : (example.token ?? tokenFor(route.auth));
        if (route.auth !== 'public' && !token) notes.push(`${operationId}: the bench has no credentials for '${route.auth}' callers yet; counted without them only.`);
        const callers = example.callers ?? (route.auth === 'public' ? (['anonymous'] as const) : token ? (['anonymous', 'authorised'] as const) : (['anonymous'] as const));
        for (const caller of callers) {
          // A workflow started by an earlier row (its `then` runs after that row's wait) finishes first.
          if (state.instanceId) await waitForWorkflows(state.instanceId);
          recorder.take();
          const answer = await sendJson(baseUrl, route.method, path, { body: example.body, token: caller === 'authorised' ? token : undefined });
          const commands = recorder.take();
          // Work the request set off on the stream (the outbox) or in a workflow is not the operation's own; let it finish.
          await drainStreams();
          if (state.instanceId) await waitForWorkflows(state.instanceId);
          recorder.take();
          const row: RequestCountResult = {
            operationId,
            request: `${route.method} ${path}`,
            caller,
            status: answer.status,
            requests: commands.length,
            operations: commands.map((c) => (c.error ? `${c.operation}!${c.error}` : c.operation)),
            capacityUnits: round(commands.reduce((sum, c) => sum + c.capacityUnits, 0), 2),
          };
          rows.push(row);
          sentBy.set(row, commands);
          const what = `${row.request} (${operationId}, ${caller})`;
          const refusedAnonymously = route.auth !== 'public' && caller === 'anonymous';
          if (refusedAnonymously) {
            if (row.status !== 401) violations.push(`${what} answered ${row.status}; a protected route without credentials must answer 401.`);
            if (row.requests > 0) violations.push(`${what} sent ${row.requests} DynamoDB requests before refusing the caller (${row.operations.join(', ')}).`);
            continue;
          }
          if (example.status === undefined ? row.status < 200 || row.status > 299 : row.status !== example.status) {
            violations.push(`${what} answered ${row.status}, not ${example.status ?? '2xx'}; its count is not the operation's: ${answer.text.slice(0, 300)}`);
            continue;
          }
          example.then?.(answer.json);
          const sent = `sent ${row.requests} DynamoDB requests (${row.operations.join(' + ') || 'none'})`;
          if (example.requests !== undefined && row.requests !== example.requests) {
            violations.push(`${what} ${sent}; it must send exactly ${example.requests}.`);
            continue;
          }
          const wrong = example.check?.(commands);
          if (wrong) violations.push(`${what} ${sent}: ${wrong}.`);
          if (!isRead(route) || row.requests <= READ_LIMIT) continue;
          const exception = readExceptions[operationId] ?? readExceptions[route.operationId];
          if (exception && row.requests <= exception.maxRequests) notes.push(`${what} ${sent}: an allowed exception to the one-request rule for reads, because of ${exception.reason}.`);
          else violations.push(`${what} ${sent}; a read route must be a single DynamoDB request${exception ? ` (its exception allows ${exception.maxRequests})` : ''}.`);
        }
      }
    }
  } finally {
    recorder.detach();
    await receiver.close();
  }
  const heartbeatRows = rows.filter((r) => r.operationId.startsWith(heartbeatRoute.operationId));
  const describe = (r: RequestCountResult) => {
    const commands = sentBy.get(r) ?? [];
    return `${r.status} after ${r.requests} DynamoDB request${r.requests === 1 ? '' : 's'}${commands.length ? ` (${commands.map(describeCommand).join(' + ')})` : ''}`;
  };
  const anonymousHeartbeat = heartbeatRows.find((r) => r.caller === 'anonymous');
  const heartbeat = heartbeatRows.find((r) => r.caller === 'authorised' && r.operationId === heartbeatRoute.operationId);
  const heartbeatCondition = heartbeat && String(sentBy.get(heartbeat)?.[0]?.input.ConditionExpression ?? '');
  const revokedOwn = heartbeatRows.find((r) => r.operationId.endsWith('(revoked token, its node)'));
  const revokedOther = heartbeatRows.find((r) => r.operationId.endsWith("(revoked token, another token's node)"));
  if (heartbeat) notes.push(`A heartbeat answers ${describe(heartbeat)}${heartbeatCondition ? `, on the condition ${heartbeatCondition}` : ''}: the node's item carries a copy of the token it registered with, so nodes sharing a token touch no common item.`);
  if (anonymousHeartbeat) notes.push(`A heartbeat without credentials answers ${describe(anonymousHeartbeat)}.`);
  if (revokedOwn) notes.push(`With a revoked agent token, for the node that registered with it (marked tokenRevokedAt by the revocation), a heartbeat answers ${describe(revokedOwn)}: only after the conditional write is refused is anything read, to tell a node never registered (404) from a refused token (401).`);
  if (revokedOther) notes.push(`With a revoked agent token, for a node registered with another token, a heartbeat answers ${describe(revokedOther)}: the presented token itself is read too, since a valid token would mean "register again" (404).`);
  const registered = rows.find((r) => r.operationId === `${registerNodeRoute.operationId} (new node)` && r.caller === 'authorised');
  if (registered) notes.push(`Registering a new node answers ${describe(registered)}.`);
  // The counted nodes are removed again, so the health monitor has nothing of this table's to judge later.
  for (const node of [state.node, state.revokedNode]) if (node) await sendJson(baseUrl, 'DELETE', `/v1/admin/workers/${node.name}`, { token: state.adminToken });
  await drainStreams();
  return { rows, violations, notes };
};
