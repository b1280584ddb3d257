import { inboundHandlers } from '../../functions/hooks/hook-routes';
import { queueAdministrators, type QueueDefinition, queues as platformQueues } from '../../functions/queues';
import { workflowStarters } from '../../functions/workflows';
import { type AuthKind, type RouteDefinition, routeKey } from '../../shared/http/route';
import { accountMailHandlers } from './constructs/notification-email';
import { stripeHandlers } from './constructs/stripe-api-key';
import { accessAdditions, accessOverrides, type FunctionAccess, mergeAccess, routeAccess } from './function-access';

/** API Gateway's route key for every request no route matches; the fallback handler serves it. */
export const DEFAULT_ROUTE_KEY = '$default';

/** One route as a function serves it: API Gateway's route key and the handler module under functions/. */
export interface GroupedRoute {
  key: string;
  handler: string;
}

/**
 * One Lambda function of the HTTP API: every route of one caller kind whose handler the stack grants
 * exactly the same rights. `name` is `<caller kind>-api/<rights in words>`, stable while those rights are.
 */
export interface HttpFunctionGroup {
  name: string;
  auth: AuthKind;
  rights: readonly string[];
  routes: readonly GroupedRoute[];
}

/** What the stack grants a route's handler module: its use's rights, replaced by an override, plus any addition (function-access.ts). */
export const accessOfHandler = (handler: string, asked: FunctionAccess): FunctionAccess => mergeAccess(accessOverrides[handler] ?? asked, accessAdditions[handler] ?? {});

/**
 * Every right the stack gives a handler module's function, from the same tables the CDK app grants them
 * from: its FunctionAccess, the workflows it starts, the queues it sends to or administers, mail, the Stripe
 * key, an inbound hook's secret. Two modules with the same list may share a function without either
 * holding a right it does not need.
 */
export const rightsOfHandler = (handler: string, access: FunctionAccess, queues: readonly QueueDefinition[] = platformQueues): string[] =>
  [
    ...Object.entries(access).flatMap(([right, value]) => (value === true ? [right] : value ? [`table:${value}`] : [])),
    ...workflowStarters.filter((s) => s.handler === handler).flatMap((s) => s.starts.map((w) => `start:${w}`)),
    ...queues.filter((q) => q.senders?.includes(handler)).map((q) => `send:${q.name}`),
    ...(queueAdministrators[handler] ? [`queues:${queueAdministrators[handler]}`] : []),
    ...((accountMailHandlers as readonly string[]).includes(handler) ? ['ses:send'] : []),
    ...(stripeHandlers.includes(handler) ? ['stripe-key'] : []),
    ...Object.entries(inboundHandlers).flatMap(([source, h]) => (h === handler ? [`inbound-secret:${source}`] : [])),
  ].sort();

export const rightsOfRoute = (route: RouteDefinition, queues?: readonly QueueDefinition[]): string[] =>
  rightsOfHandler(route.handler, accessOfHandler(route.handler, routeAccess(route)), queues);

/** A right in the words of a function's name: `table:read-write` → `writes`, `start:provision-instance` → `starts-provision-instance`. */
const wordsOf = (right: string, auth: AuthKind): string | undefined => {
  const [kind, what] = right.split(':') as [string, string | undefined];
  if (right === 'table:read') return 'reads';
  if (right === 'table:read-write') return 'writes';
  // Every caller but the public checks a customer token, so only a public function says so.
  if (right === 'verifyTokens') return auth === 'public' ? 'verifies-tokens' : undefined;
  if (kind === 'start') return `starts-${what}`;
  if (kind === 'send') return `sends-${what}`;
  if (kind === 'queues') return `${what}s-queues`;
  if (kind === 'inbound-secret') return `${what}-secret`;
  if (kind === 'ses') return 'mails';
  return right.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
};

const nameOf = (auth: AuthKind, rights: readonly string[]): string => {
  const table = rights.includes('table:read-write') ? ['writes'] : rights.includes('table:read') ? ['reads'] : [];
  const others = rights.filter((r) => !r.startsWith('table:')).flatMap((r) => wordsOf(r, auth) ?? []);
  const words = [...table, ...others];
  return `${auth}-api/${words.length ? words.join('-') : 'no-rights'}`;
};

/**
 * The HTTP API's functions (issue 21's granularity decision, measured by bench/granularity-run.ts): routes
 * share a function only with routes of the same caller kind that the stack grants exactly the same rights,
 * so no role grows and fewer functions go cold. The fallback joins the public routes that hold no rights.
 * The route table stays the one source: this only cuts it, in its own order. `queues` is the stack's queue
 * table, whose senders hold a right the others do not.
 */
export const httpFunctionGroups = (routes: readonly RouteDefinition[], fallbackHandler: string, queues?: readonly QueueDefinition[]): HttpFunctionGroup[] => {
  const groups = new Map<string, { auth: AuthKind; rights: string[]; routes: GroupedRoute[] }>();
  const add = (auth: AuthKind, rights: string[], route: GroupedRoute) => {
    const name = nameOf(auth, rights);
    const group = groups.get(name);
    if (group && group.rights.join() !== rights.join()) throw new Error(`Functions ${name} of two sets of rights: ${group.rights.join()} and ${rights.join()}.`);
    if (group) group.routes.push(route);
    else groups.set(name, { auth, rights, routes: [route] });
  };
  for (const route of routes) add(route.auth, rightsOfRoute(route, queues), { key: routeKey(route), handler: route.handler });
  add('public', rightsOfHandler(fallbackHandler, accessOfHandler(fallbackHandler, {}), queues), { key: DEFAULT_ROUTE_KEY, handler: fallbackHandler });
  return [...groups].map(([name, group]) => ({ name, ...group }));
};

/** The group whose function serves a handler module's routes. */
export const groupOfHandler = (groups: readonly HttpFunctionGroup[], handler: string): HttpFunctionGroup | undefined =>
  groups.find((group) => group.routes.some((route) => route.handler === handler));
