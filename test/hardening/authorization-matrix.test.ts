import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes';
import { isDocumented, routeKey } from '../../shared/http/route';
import { apiClient } from '../support/api-client';
import { recordHardeningFigures } from '../support/hardening-report';
import { useLocalPlatform } from '../support/local-platform';
import { worldState } from './support/hardening-world';
import { useHardeningSuite } from './support/hardening-suite';
import { expectedAnswer, identityNames, type IdentityName } from './support/identities';
import { requestFor, type RouteRequest } from './support/route-requests';
import { bodyTextOf, send, successOf } from './support/send';

/**
 * Issue 9, OWASP API1/API2/API5: every documented route of the route table × every kind of caller, each
 * answered exactly as API.md says: 401 without valid credentials, 403 for a valid caller of the wrong kind,
 * 404 for another customer's object (never the object), the route's own 2xx where allowed. The rows come
 * from the route table itself, so a new route is in the matrix the day it is added (and fails, naming
 * itself, until route-requests.ts can build a request for it).
 */
const platform = useLocalPlatform({ stripeMock: true });
const api = apiClient(platform);
const matrixRoutes = routes.filter(isDocumented);

const suite = useHardeningSuite(platform, api);
const checked = new Set<string>();

type MatrixRoute = (typeof matrixRoutes)[number];
const refusedCallers = (route: MatrixRoute) => identityNames.filter((identity) => expectedAnswer(route, identity) !== 'success');
const allowedCallers = (route: MatrixRoute) => identityNames.filter((identity) => expectedAnswer(route, identity) === 'success');

/** Who may read A's objects: A, A's API keys and the administrators. */
const seesA = new Set<IdentityName>(['customer', 'admin', 'api key', 'narrow api key']);

/**
 * A's full key repeats, right after A, a change A's own cell just made with the same request (a spare
 * subscription cancelled, a backup or webhook deleted, a restart begun): past authorization, the object is
 * gone or busy, which the route declares. Its GETs, and every refusal, are exact.
 */
const afterTheOwner = (route: MatrixRoute, identity: IdentityName, status: number) =>
  identity === 'api key' && route.method !== 'GET' && (status === 404 || status === 409);

describe('the authorization matrix', () => {
  it('has a row for every documented route of the table', () => {
    expect(matrixRoutes.length).toBe(routes.filter(isDocumented).length);
    expect(new Set(matrixRoutes.map(routeKey)).size).toBe(matrixRoutes.length);
    expect(matrixRoutes.length).toBeGreaterThanOrEqual(60);
  });

  describe.each(matrixRoutes.map((route) => ({ route, name: `${route.method} ${route.path} (${route.auth})` })))('$name', ({ route }) => {
    // Refusals first, and they change nothing: the allowed calls after them find the world as it was.
    let before: string | undefined;
    const cell = async (identity: IdentityName) => {
      const request: RouteRequest = requestFor(suite.requests, route);
      const expected = expectedAnswer(route, identity);
      // A route that ends its caller is called by the allowed identities as a throwaway account (route-requests.ts).
      const headers = request.callerToken && expected === 'success' ? { authorization: `Bearer ${request.callerToken()}` } : suite.headersOf(identity, route, bodyTextOf(request));
      const answer = await send(platform(), route, request, headers);
      const status = expected === 'success' && afterTheOwner(route, identity, answer.status) ? answer.status : expected === 'success' ? successOf(route) : expected;
      expect(answer.status, `${identity} on ${routeKey(route)}: ${answer.text.slice(0, 300)}`).toBe(status);
      checked.add(`${routeKey(route)} × ${identity}`);

      if (status >= 400) {
        expect(answer.headers.get('content-type')).toBe('application/problem+json');
        if (status === 401 && route.auth !== 'signed-inbound') expect(answer.headers.get('www-authenticate')).toBe('Bearer');
        // A refusal names nothing of the object: no name, description, URL or email of A's.
        expect(answer.text).not.toContain(suite.world.marker);
      } else {
        request.then?.(answer.json);
      }
      if (status < 300 && !seesA.has(identity)) {
        for (const value of suite.world.aData()) expect(answer.text, `${identity} on ${routeKey(route)} sees ${value}`).not.toContain(value);
      }
    };
    const refused = refusedCallers(route);
    const changes = route.method !== 'GET' && refused.length > 0;
    if (changes) beforeAll(async () => void (before = await worldState(api, suite.world)));
    it.each(refused)('%s', cell);
    if (changes) {
      it('the refusals changed nothing', async () => {
        expect(await worldState(api, suite.world)).toBe(before);
      });
    }
    it.each(allowedCallers(route))('%s', cell);
  });

  it('checked every cell, and records the figures', () => {
    expect(checked.size).toBe(matrixRoutes.length * identityNames.length);
    recordHardeningFigures('authorization-matrix', {
      suite: 'Authorization matrix',
      figures: { routes: matrixRoutes.length, identities: identityNames.length, cells: checked.size },
      notes: [
        'Generated from the route table: every documented route × no, malformed, expired (customer and admin) and foreign-key (customer and admin) tokens, customer, another customer on the first one’s ids, admin, agent, and a right and a wrong inbound signature.',
        'Fixed: an agent token on a customer or admin route, and a customer or admin token on an agent route, answered 401; they are valid callers of the wrong kind and now answer 403 (API.md).',
        'Fixed: creating a webhook endpoint or an agent token answered 500 under load when the SDK retried a Put whose answer was lost (its own first attempt failed the retry’s condition); shared/data/put-new.ts takes its own item for success.',
        'Issue 20: A’s API keys are two more identities: one with every scope (each customer route of its scopes as A; a repeated change may find its object gone or busy, 404/409), one with only billing:read (403 elsewhere); no key passes an admin or agent route (403) nor an account route under /v1/auth.',
        'Open: in AWS the admin routes’ gateway JWT authorizer answers 401, not 403, to a customer or agent token before the handler runs; the local runtime has no gateway authorizer, so this matrix checks the handlers’ answer.',
      ],
    });
  });
});
