import { describe, expect, it } from 'vitest';
import { createRouteMatcher } from '../../../shared/http/route-matcher';

const routes = [
  { method: 'GET', path: '/v1/services' },
  { method: 'GET', path: '/v1/services/{slug}' },
  { method: 'PATCH', path: '/v1/admin/services/{slug}' },
  { method: 'DELETE', path: '/v1/admin/services/{slug}' },
  { method: 'GET', path: '/v1/things/{id}' },
  { method: 'GET', path: '/v1/things/special' },
] as const;
const match = createRouteMatcher(routes);

describe('route matcher', () => {
  it('finds a literal route and a parameterised one, decoding the parameter', () => {
    expect(match('GET', '/v1/services')).toMatchObject({ kind: 'found', route: routes[0] });
    expect(match('GET', '/v1/services/ghost%20x')).toEqual({ kind: 'found', route: routes[1], pathParameters: { slug: 'ghost x' } });
  });

  it('prefers a literal segment over a parameter, as API Gateway does', () => {
    expect(match('GET', '/v1/things/special')).toMatchObject({ route: routes[5] });
    expect(match('GET', '/v1/things/other')).toMatchObject({ route: routes[4], pathParameters: { id: 'other' } });
  });

  it('tells a wrong method (with the allowed ones) from an unknown path', () => {
    expect(match('POST', '/v1/admin/services/n8n')).toEqual({ kind: 'method-not-allowed', allowed: ['PATCH', 'DELETE'] });
    expect(match('GET', '/v1/services/a/b')).toEqual({ kind: 'not-found' });
    expect(match('GET', '/v1/servicesX')).toEqual({ kind: 'not-found' });
  });

  it('keeps a parameter that is not valid percent-encoding as it came', () => {
    expect(match('GET', '/v1/services/%E0%A4%A')).toMatchObject({ pathParameters: { slug: '%E0%A4%A' } });
  });
});
