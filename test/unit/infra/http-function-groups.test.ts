import { describe, expect, it } from 'vitest';
import { queues } from '../../../functions/queues';
import { fallbackHandler, routes } from '../../../functions/routes';
import { clusterHandlers, tokenSigningHandlers } from '../../../infra/aws/function-access';
import { httpFunctionEntrySource } from '../../../infra/aws/http-function-entry';
import { DEFAULT_ROUTE_KEY, groupOfHandler, httpFunctionGroups, rightsOfRoute } from '../../../infra/aws/http-function-groups';
import { routeKey } from '../../../shared/http/route';

const groups = httpFunctionGroups(routes, fallbackHandler);

describe('httpFunctionGroups', () => {
  it('puts every route, and the fallback as $default, in exactly one group, in the route table’s order', () => {
    const keys = groups.flatMap((group) => group.routes.map((route) => route.key));
    expect(keys.sort()).toEqual([...routes.map(routeKey), DEFAULT_ROUTE_KEY].sort());
    for (const group of groups) {
      const order = group.routes.filter((route) => route.key !== DEFAULT_ROUTE_KEY).map((route) => routes.findIndex((r) => routeKey(r) === route.key));
      expect(order, group.name).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('groups only routes of one caller kind whose modules hold exactly the same rights', () => {
    for (const group of groups) {
      for (const { key } of group.routes.filter((route) => route.key !== DEFAULT_ROUTE_KEY)) {
        const route = routes.find((r) => routeKey(r) === key)!;
        expect(route.auth, key).toBe(group.auth);
        expect(rightsOfRoute(route), key).toEqual(group.rights);
      }
    }
  });

  it('names each group after its caller kind and rights, and keeps apart what must stay apart', () => {
    expect(new Set(groups.map((group) => group.name)).size).toBe(groups.length);
    for (const group of groups) expect(group.name, group.name).toMatch(/^(public|customer|admin|agent|signed-inbound)-api\/[a-z0-9-]+$/);
    // A customer's GET and a customer's write never share a role; nor a signer and a non-signer.
    expect(groupOfHandler(groups, 'subscriptions/get-subscription')!.name).toBe('customer-api/writes');
    expect(groupOfHandler(groups, 'auth/get-me')!.name).toBe('customer-api/reads');
    for (const signer of tokenSigningHandlers) expect(groupOfHandler(groups, signer)!.rights, signer).toContain('signTokens');
    for (const group of groups.filter((g) => !g.rights.includes('signTokens'))) {
      expect(group.routes.some((route) => (tokenSigningHandlers as readonly string[]).includes(route.handler)), group.name).toBe(false);
    }
    for (const handler of clusterHandlers.filter((h) => routes.some((r) => r.handler === h))) expect(groupOfHandler(groups, handler)!.rights, handler).toContain('cluster');
    expect(groupOfHandler(groups, fallbackHandler)).toMatchObject({ name: 'public-api/no-rights', rights: [] });
  });

  it('gives a route that sends to a queue of the stack’s own table a function of its own senders', () => {
    const withSender = httpFunctionGroups(routes, fallbackHandler, [...queues, { name: 'extra', handler: 'notifications/notify', visibilityTimeoutSeconds: 60, maxReceiveCount: 3, batchSize: 10, senders: ['health/get-health'] }]);
    expect(groupOfHandler(withSender, 'health/get-health')).toMatchObject({ name: 'public-api/sends-extra', routes: [{ key: 'GET /v1/health', handler: 'health/get-health' }] });
    expect(groupOfHandler(groups, 'health/get-health')!.name).toBe('public-api/no-rights');
  });
});

describe('httpFunctionEntrySource', () => {
  it('maps each route key to a lazy import of its own module, through the route dispatcher', () => {
    const source = httpFunctionEntrySource([
      { key: 'GET /v1/health', handler: 'health/get-health' },
      { key: DEFAULT_ROUTE_KEY, handler: fallbackHandler },
    ]);
    expect(source).toMatch(/import \{ routeDispatcher \} from ".*\/shared\/http\/route-dispatcher\.ts";/);
    expect(source).toMatch(/"GET \/v1\/health": \(\) => import\(".*\/functions\/health\/get-health\.ts"\),/);
    expect(source).toMatch(/"\$default": \(\) => import\(".*\/functions\/http\/fallback\.ts"\),/);
    // No static import of a route module: each is evaluated at its route's first request.
    expect(source.match(/^import /gm)).toHaveLength(1);
  });
});

describe('httpFunctionLines (npm run http-functions)', () => {
  it('prints one tab-separated line per route and the fallback: the function, the route key, the module', async () => {
    const { httpFunctionLines } = await import('../../../infra/aws/print-http-functions');
    const lines = httpFunctionLines();
    expect(lines).toHaveLength(routes.length + 1);
    expect(lines).toContain('customer-api/reads\tGET /v1/auth/me\tauth/get-me');
    expect(lines).toContain(`public-api/no-rights\t$default\t${fallbackHandler}`);
  });
});
