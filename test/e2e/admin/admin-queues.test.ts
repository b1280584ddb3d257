import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventRuleDefinition } from '../../../functions/event-rules';
import type { QueueDefinition } from '../../../functions/queues';
import { eventFromBusEnvelope } from '../../../shared/events/bus-envelope';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';

// A fixture queue table and rule in place of the real ones (empty until webhooks land), with a fixture consumer.
const work: QueueDefinition = { name: 'fixture-work', handler: 'fixtures/work', visibilityTimeoutSeconds: 30, maxReceiveCount: 3, batchSize: 10 };
const registrations: EventRuleDefinition = { name: 'fixture-registrations', description: 'new accounts', events: { detailTypes: ['user.registered'] }, queue: work.name };
const consumed: SQSRecord[] = [];

const platform = useLocalPlatform({
  seed: false,
  queueTable: [work],
  eventRules: [registrations],
  queueHandlers: { 'fixtures/work': async (event) => void consumed.push(...event.Records) },
});
const api = apiClient(platform);
const empty = { visible: 0, inFlight: 0, delayed: 0 };
let admin: string;

beforeAll(async () => {
  admin = await api.adminToken();
});

describe('the admin queue routes, on the local runtime', () => {
  it("list each queue of the table with its depth and its DLQ's", async () => {
    const listed = await api.call('GET', '/v1/admin/queues', { token: admin });
    expect(listed.status).toBe(200);
    expect(listed.json).toEqual({ items: [{ name: 'fixture-work', queue: empty, deadLetterQueue: empty }] });
  });

  it('show a dead letter, redrive it back to its queue, where the consumer gets it', async () => {
    const { deadLetterUrl } = platform().queues.get('fixture-work');
    await platform().queues.sqs.send(new SendMessageCommand({ QueueUrl: deadLetterUrl, MessageBody: 'given up on' }));
    const before = await api.call('GET', '/v1/admin/queues', { token: admin });
    expect(before.json.items[0].deadLetterQueue).toEqual({ visible: 1, inFlight: 0, delayed: 0 });

    const redriven = await api.call('POST', '/v1/admin/queues/fixture-work/redrive', { token: admin });
    expect(redriven.status).toBe(202);
    expect(redriven.json).toEqual({ name: 'fixture-work', moved: 1, deadLetterQueue: empty });
    await vi.waitFor(() => expect(consumed.map((record) => record.body)).toContain('given up on'), { timeout: 10_000 });
    await vi.waitFor(async () => expect((await api.call('GET', '/v1/admin/queues', { token: admin })).json.items[0].queue).toEqual(empty), { timeout: 5000 });

    // Nothing left: a second redrive moves nothing.
    expect((await api.call('POST', '/v1/admin/queues/fixture-work/redrive', { token: admin })).json).toMatchObject({ moved: 0 });
  });

  it('answer 404 for a queue the table does not have, and 400 naming the field for a bad name', async () => {
    const unknown = await api.call('POST', '/v1/admin/queues/no-such-queue/redrive', { token: admin });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    const bad = await api.call('POST', '/v1/admin/queues/Not_A_Queue/redrive', { token: admin });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].field).toBe('path.name');
  });

  it('are for administrators only', async () => {
    expect((await api.call('GET', '/v1/admin/queues')).status).toBe(401);
    const customer = await api.register();
    expect((await api.call('GET', '/v1/admin/queues', { token: customer.accessToken })).status).toBe(403);
    expect((await api.call('POST', '/v1/admin/queues/fixture-work/redrive', { token: customer.accessToken })).status).toBe(403);
  });
});

describe('an event rule, on the local runtime', () => {
  it('takes a committed event from the outbox, through the bus, to its queue and consumer', async () => {
    const customer = await api.register({ email: 'queued@example.com' });
    await platform().drainStreams();
    // The consumer also got the redriven plain-text message above; the rule's deliveries are the envelopes.
    const delivered = () => consumed.filter((record) => record.body.startsWith('{')).map((record) => eventFromBusEnvelope(record.body));
    await vi.waitFor(() => expect(delivered()).toContainEqual(expect.objectContaining({ type: 'user.registered', detail: { userId: customer.user.id } })), {
      timeout: 10_000,
    });
    expect(delivered().every((event) => event.type === 'user.registered')).toBe(true);
  });
});
