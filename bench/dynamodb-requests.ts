import { routes } from '../functions/routes';
import { dynamoDocumentClient } from '../shared/aws/clients';
import { catalogSeed } from '../shared/catalog/catalog-seed';
import type { AuthKind, RouteDefinition } from '../shared/http/route';
import { BENCH_PASSWORD, sendJson, type BenchCustomer, type SessionTokens } from './bench-callers';
import { attachCapacityRecorder } from './capacity-recorder';
import { examplePath } from './function-events';
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
}

interface Example {
  note?: string;
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

/** A service the write examples create, change and deactivate, so the seeded catalog is left as it was. */
const benchService = { ...catalogSeed[0]!, slug: 'bench-app', name: 'Bench app' };
const THROWAWAY = { email: 'bench-throwaway@example.com', name: 'Bench throwaway' };
const THROWAWAY_NEW_PASSWORD = 'bench another horse battery';

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} is missing: an earlier row that makes it did not succeed`);
  return value;
};

/**
 * Requests per operation beyond its path example (function-events.ts), made when the operation's turn
 * comes, so they can use what earlier rows handed on (the route table lists register, login, refresh and
 * logout in that order, and the admin user routes after them). Operations not listed are sent with their
 * example path, no body and the default caller of their kind; listing a new write operation here makes its
 * row meaningful.
 */
const examples: Record<string, (state: CountState) => Example[]> = {
  getService: () => [{}, { params: { slug: 'no-such-service' }, note: 'unknown slug', status: 404 }],
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
    maxRequests: 2,
    reason:
      'two independent counts, sent in parallel: the user counter item (GetItem STATS/USERS, kept in the account transactions) and a COUNT query of the active-services index; no single request reads both',
  },
};

/**
 * Sends each route of the route table through the local platform, one request at a time, and records the
 * DynamoDB commands the handler sent while answering. Protected routes go once without credentials (they
 * must answer 401 before any DynamoDB request) and once with real credentials of their kind. Returns the
 * rows, the violations (a read over its limit, an unexpected status) and notes.
 */
export const countDynamoDbRequests = async (baseUrl: string, callers: CountCallers, drainStreams: () => Promise<void>) => {
  const state: CountState = { ...callers };
  const tokenFor = (kind: AuthKind): string | undefined =>
    kind === 'admin' ? state.adminToken : kind === 'customer' ? state.customer.session.accessToken : undefined;
  const recorder = attachCapacityRecorder(dynamoDocumentClient());
  const rows: RequestCountResult[] = [];
  const violations: string[] = [];
  const notes: string[] = [];
  try {
    for (const route of routes) {
      for (const example of examples[route.operationId]?.(state) ?? [{}]) {
        const operationId = example.note ? `${route.operationId} (${example.note})` : route.operationId;
        const path = examplePath(route, example.params).path + (example.query ?? '');
        const token = route.auth === 'public' ? undefined : (example.token ?? tokenFor(route.auth));
        if (route.auth !== 'public' && !token) notes.push(`${operationId}: the bench has no credentials for '${route.auth}' callers yet; counted without them only.`);
        const callers = route.auth === 'public' ? (['anonymous'] as const) : token ? (['anonymous', 'authorised'] as const) : (['anonymous'] as const);
        for (const caller of callers) {
          recorder.take();
          const answer = await sendJson(baseUrl, route.method, path, { body: example.body, token: caller === 'authorised' ? token : undefined });
          const commands = recorder.take();
          // Work the request set off on the stream (the outbox) is not the operation's own; let it finish.
          await drainStreams();
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
          if (!isRead(route) || row.requests <= READ_LIMIT) continue;
          const exception = readExceptions[route.operationId];
          const sent = `sent ${row.requests} DynamoDB requests (${row.operations.join(' + ')})`;
          if (exception && row.requests <= exception.maxRequests) notes.push(`${what} ${sent}: an allowed exception to the one-request rule for reads, because of ${exception.reason}.`);
          else violations.push(`${what} ${sent}; a read route must be a single DynamoDB request${exception ? ` (its exception allows ${exception.maxRequests})` : ''}.`);
        }
      }
    }
  } finally {
    recorder.detach();
  }
  return { rows, violations, notes };
};
