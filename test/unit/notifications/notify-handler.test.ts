import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { notifyRecord } from '../../../functions/notifications/notify';
import { toBusEnvelope } from '../../../shared/events/bus-envelope';
import { domainEvent } from '../../../shared/events/domain-event';
import type { StoredNotification } from '../../../shared/notifications/notification';
import type { NotifierDeps } from '../../../shared/notifications/notify-customer';

const record = (messageId: string, body: string): SQSRecord => ({
  messageId,
  receiptHandle: `rh-${messageId}`,
  body,
  attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 's', ApproximateFirstReceiveTimestamp: '0' },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:notifications',
  awsRegion: 'us-east-1',
});

describe('the notifications queue consumer', () => {
  it('handles each record on its own: a poisoned message fails alone, the good one is written', async () => {
    const written: StoredNotification[] = [];
    const deps: NotifierDeps = {
      notifications: {
        create: async (notification) => (written.push(notification), { created: true }),
        list: async () => ({ items: [] }),
        markRead: async () => undefined,
        claimEmail: async () => true,
        settleEmail: async () => undefined,
      },
      users: { get: async () => undefined },
      now: () => new Date(),
    };
    const event = domainEvent('subscription.activated', { userId: 'U1', subscriptionId: 'S1' });
    const envelope = JSON.stringify(toBusEnvelope(event, { id: 'e', account: '000000000000', region: 'us-east-1' }));
    const batch: SQSEvent = { Records: [record('poison', '{"not":"an envelope"}'), record('good', envelope)] };
    const response = await processPartialResponse(batch, notifyRecord(deps), new BatchProcessor(EventType.SQS));
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'poison' }]);
    expect(written.map((n) => n.eventId)).toEqual([event.id]);
  });
});
