import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DocumentClient, GetCommand } from '../../../shared/aws/dynamodb';
import { handler } from '../../../functions/catalog/get-service';
import { apiEvent, context } from '../../support/api-gateway-events';

// The handler's DynamoDB client, answered in place: this tests the handler alone (its data layer runs against DynamoDB Local elsewhere).
const send = vi.spyOn(DocumentClient.prototype, 'send');
const getCalls = () => send.mock.calls.map(([command]) => command).filter((command) => command instanceof GetCommand);
const storedItem = {
  PK: 'SERVICE#ghost',
  SK: 'SERVICE',
  type: 'Service',
  version: 4,
  slug: 'ghost',
  name: 'Ghost',
  description: 'Blog',
  appVersion: '5.96.0',
  template: 'ghost',
  active: true,
  plans: [{ id: 'starter', name: 'Starter', price: { amount: 900, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 250, memoryMiB: 512, storageGiB: 5 } }],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

beforeAll(() => {
  process.env.TABLE_NAME = 'unit-table';
  process.env.EVENT_BUS_NAME = 'unit-bus';
});
afterEach(() => send.mockReset());

const invoke = (slug: string) =>
  handler(apiEvent('GET', `/v1/services/${slug}`, { pathParameters: { slug } }), context()) as Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;

describe('GET /v1/services/{slug} handler', () => {
  it('reads one item with one GetItem and answers the service without storage attributes', async () => {
    send.mockResolvedValue({ Item: storedItem });
    const response = await invoke('ghost');
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body);
    expect(body).toMatchObject({ slug: 'ghost', version: '5.96.0' });
    expect(body).not.toHaveProperty('PK');
    expect(body).not.toHaveProperty('appVersion');
    expect(send).toHaveBeenCalledTimes(1);
    expect(getCalls()).toHaveLength(1);
    expect(getCalls()[0]!.input).toMatchObject({ TableName: 'unit-table', Key: { PK: 'SERVICE#ghost', SK: 'SERVICE' } });
    expect(response.headers['x-request-id']).toBe('req-1');
  });

  it('hides an inactive service behind a 404', async () => {
    send.mockResolvedValue({ Item: { ...storedItem, active: false } });
    expect((await invoke('ghost')).statusCode).toBe(404);
  });

  it('turns DynamoDB throttling into a 503 with Retry-After that names nothing', async () => {
    send.mockRejectedValue(Object.assign(new Error('arn:aws:dynamodb:eu-west-1:123456789012:table/secret-table throttled'), { name: 'ThrottlingException' }));
    const response = await invoke('ghost');
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body).not.toContain('secret-table');
  });

  it('turns an unexpected failure into a bare 500 that names nothing', async () => {
    send.mockResolvedValue({ Item: { ...storedItem, plans: 'corrupted secret-table' } });
    const response = await invoke('ghost');
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(response.body).not.toContain('secret-table');
    expect(JSON.parse(response.body).requestId).toBe('req-1');
  });

  it('refuses a slug that is not one before touching DynamoDB', async () => {
    const response = await invoke('NOT_A_SLUG');
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).errors[0].field).toBe('path.slug');
    expect(send).not.toHaveBeenCalled();
  });
});
