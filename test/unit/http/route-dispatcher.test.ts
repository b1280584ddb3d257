import { describe, expect, it } from 'vitest';
import type { HttpEvent } from '../../../shared/http/http-event';
import { routeDispatcher } from '../../../shared/http/route-dispatcher';
import { apiEvent } from '../../support/api-gateway-events';

const answering = (body: string) => ({ handler: async () => ({ statusCode: 200, headers: {}, body }) });

describe('routeDispatcher', () => {
  it('runs the module of the event’s route key, loading each module at its first call only', async () => {
    const loads: string[] = [];
    const dispatch = routeDispatcher({
      'GET /v1/a': async () => (loads.push('a'), answering('from a')),
      'GET /v1/b/{id}': async () => (loads.push('b'), answering('from b')),
    });
    const b = await dispatch(apiEvent('GET', '/v1/b/1', { routeKey: 'GET /v1/b/{id}' }) as HttpEvent, {});
    expect(b.body).toBe('from b');
    expect(loads).toEqual(['b']);
    expect((await dispatch(apiEvent('GET', '/v1/a') as HttpEvent, {})).body).toBe('from a');
    expect(loads).toEqual(['b', 'a']);
  });

  it('passes the event and the Lambda context through to the module’s handler unchanged', async () => {
    const seen: unknown[] = [];
    const dispatch = routeDispatcher({ 'POST /v1/x': async () => ({ handler: async (event, context) => (seen.push(event, context), { statusCode: 201, headers: {}, body: '' }) }) });
    const event = apiEvent('POST', '/v1/x') as HttpEvent;
    const context = { awsRequestId: 'r-1' };
    expect((await dispatch(event, context)).statusCode).toBe(201);
    expect(seen).toEqual([event, context]);
  });

  it('answers a route key it does not serve with a 404 problem and loads nothing, however the key is spelled', async () => {
    const loads: string[] = [];
    const dispatch = routeDispatcher({ 'GET /v1/a': async () => (loads.push('a'), answering('a')) });
    for (const key of ['GET /v1/other', 'get /v1/a', 'toString', '__proto__', '$default']) {
      const answer = await dispatch({ ...(apiEvent('GET', '/v1/a') as HttpEvent), routeKey: key }, {});
      expect(answer.statusCode, key).toBe(404);
      expect(answer.headers['content-type'], key).toBe('application/problem+json');
      expect(JSON.parse(String(answer.body)), key).toMatchObject({ status: 404, detail: 'No route of this function matches the request.' });
    }
    expect(loads).toEqual([]);
  });
});
