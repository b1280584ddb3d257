import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { AppError } from '../../../shared/errors/app-error';
import { toProblemResponse } from '../../../shared/http/problem';
import { fieldErrorsOf, fieldPath } from '../../../shared/http/zod-issues';

describe('problem responses', () => {
  it('shows a client error with its fields and headers', () => {
    const response = toProblemResponse(
      new AppError('rate-limited', 'Slow down.', { headers: { 'retry-after': '30' }, errors: [{ field: 'body.x', message: 'bad' }] }),
      { requestId: 'r1', instance: '/v1/x' },
    );
    expect(response.statusCode).toBe(429);
    expect(response.headers).toEqual({ 'content-type': 'application/problem+json', 'retry-after': '30' });
    expect(JSON.parse(response.body)).toEqual({
      type: 'https://docs.paas.example/problems/rate-limited',
      title: 'Too many requests',
      status: 429,
      detail: 'Slow down.',
      instance: '/v1/x',
      requestId: 'r1',
      errors: [{ field: 'body.x', message: 'bad' }],
    });
  });

  it('hides everything about an unexpected error', () => {
    const error = new Error('connect ECONNREFUSED 10.0.0.7:5432 password=hunter2');
    const response = toProblemResponse(error, { requestId: 'r2' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toContain('ECONNREFUSED');
    expect(response.body).not.toContain('at ');
  });

  it('adds Retry-After to a 503', () => {
    expect(toProblemResponse(new AppError('dependency-unavailable', 'DynamoDB is down')).headers['retry-after']).toBe('5');
  });
});

describe('zod issues as field errors', () => {
  it('writes paths the way a client reads them', () => {
    expect(fieldPath('body', ['plans', 0, 'price'])).toBe('body.plans[0].price');
    expect(fieldPath('query', [])).toBe('query');
  });

  it('names each unknown key at its own path', () => {
    const schema = z.strictObject({ a: z.strictObject({ b: z.number() }) });
    const result = schema.safeParse({ a: { b: 'x', c: 1 }, d: 2 });
    expect(result.success).toBe(false);
    const fields = fieldErrorsOf('body', result.error!).map((e) => e.field);
    expect(fields.sort()).toEqual(['body.a.b', 'body.a.c', 'body.d']);
  });
});

describe('dependency failures', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' })],
    ['an SDK error marked retryable', Object.assign(new Error('x'), { name: 'SomethingTransient', $retryable: {} })],
    ['a wrapped timeout', new Error('outer', { cause: Object.assign(new Error('inner'), { name: 'TimeoutError' }) })],
  ])('answers %s with 503', (_name, error) => {
    const response = toProblemResponse(error);
    expect(response.statusCode).toBe(503);
    expect(response.body).not.toContain('127.0.0.1');
  });
});
