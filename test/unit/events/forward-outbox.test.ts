import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createHandler } from '../../../functions/events/forward-outbox';
import { domainEvent, type DomainEvent } from '../../../shared/events/domain-event';
import { outboxPut } from '../../../shared/events/outbox';
import { context } from '../../support/api-gateway-events';

const recordOf = (item: Record<string, unknown>, sequence: string, eventName: 'INSERT' | 'REMOVE' = 'INSERT'): DynamoDBRecord => ({
  eventName,
  eventSource: 'aws:dynamodb',
  dynamodb: { SequenceNumber: sequence, NewImage: marshall(item, { removeUndefinedValues: true }) as never },
});

const outboxItem = (event: DomainEvent) => outboxPut('t', event).Put.Item;

describe('outbox forwarder', () => {
  it('publishes each outbox event once, and ignores other items and removals', async () => {
    const published: DomainEvent[] = [];
    const handler = createHandler(() => ({ publish: async (events) => void published.push(...events) }));
    const event = domainEvent('service.created', { slug: 'n8n', name: 'n8n' });
    const result = await handler(
      { Records: [recordOf(outboxItem(event), '1'), recordOf({ PK: 'SERVICE#x', type: 'Service' }, '2'), recordOf(outboxItem(event), '3', 'REMOVE')] },
      context(),
      () => undefined,
    );
    expect(result).toEqual({ batchItemFailures: [] });
    expect(published).toEqual([event]);
  });

  it('reports a failed publication as a batch item failure, so the stream retries it', async () => {
    const first = domainEvent('service.created', { slug: 'a', name: 'A' });
    const second = domainEvent('service.created', { slug: 'b', name: 'B' });
    const handler = createHandler(() => ({
      publish: async (events) => {
        if (events[0]!.id === second.id) throw new Error('EventBridge unavailable');
      },
    }));
    const result = await handler({ Records: [recordOf(outboxItem(first), '10'), recordOf(outboxItem(second), '11')] }, context(), () => undefined);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: '11' }] });
  });

  it('stops at the first failure, so the events behind it wait for it instead of being published on each of its retries', async () => {
    const events = ['a', 'b', 'c'].map((slug) => domainEvent('service.created', { slug, name: slug }));
    const published: string[] = [];
    const handler = createHandler(() => ({
      publish: async ([event]) => {
        if (event!.id === events[1]!.id) throw new Error('InvalidMessageContents');
        published.push((event!.detail as { slug: string }).slug);
      },
    }));
    const result = await handler({ Records: events.map((event, i) => recordOf(outboxItem(event), String(20 + i))) }, context(), () => undefined);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: '21' }] });
    expect(published).toEqual(['a']);
  });
});
