import type { PutEventsEntry } from '../../../shared/aws/eventbridge/eventbridge-api';
import { describe, expect, it } from 'vitest';
import { eventFromBusEnvelope, toBusEnvelope } from '../../../shared/events/bus-envelope';
import { domainEvent } from '../../../shared/events/domain-event';
import { eventBridgePublisher } from '../../../shared/events/eventbridge-publisher';

const event = domainEvent('subscription.activated', { userId: 'U1', subscriptionId: 'S1' }, new Date('2026-03-04T05:06:07.890Z'));
const where = { id: '6a7e8f00-0000-4000-8000-000000000000', account: '123456789012', region: 'eu-west-1' };

describe('the bus envelope', () => {
  it("has EventBridge's shape, with the outbox event's id and time in the detail", () => {
    expect(toBusEnvelope(event, where)).toEqual({
      version: '0',
      id: where.id,
      'detail-type': 'subscription.activated',
      source: 'paas.platform',
      account: '123456789012',
      time: '2026-03-04T05:06:07Z',
      region: 'eu-west-1',
      resources: [],
      detail: { userId: 'U1', subscriptionId: 'S1', eventId: event.id, occurredAt: '2026-03-04T05:06:07.890Z' },
    });
  });

  it('carries the same detail the EventBridge publisher puts on the bus', async () => {
    const put: PutEventsEntry[][] = [];
    const eventBridge = { PutEvents: async (input: { Entries: PutEventsEntry[] }) => (put.push(input.Entries), { FailedEntryCount: 0, Entries: [{ EventId: 'x' }] }) };
    await eventBridgePublisher(eventBridge, 'bus').publish([event]);
    const [entry] = put[0]!;
    expect(JSON.parse(entry!.Detail!)).toEqual(toBusEnvelope(event, where).detail);
    expect(entry!.DetailType).toBe(toBusEnvelope(event, where)['detail-type']);
    // EventBridge's JSON protocol carries timestamps as epoch seconds.
    expect(entry!.Time).toBe(Date.parse('2026-03-04T05:06:07.890Z') / 1000);
  });

  it('gives a consumer back the domain event, from a string body or parsed JSON', () => {
    const envelope = toBusEnvelope(event, where);
    expect(eventFromBusEnvelope(JSON.stringify(envelope))).toEqual(event);
    expect(eventFromBusEnvelope(envelope)).toEqual(event);
  });

  it('refuses what is not a platform event of the catalogue', () => {
    const envelope = toBusEnvelope(event, where);
    expect(() => eventFromBusEnvelope('not json')).toThrow();
    expect(() => eventFromBusEnvelope({ ...envelope, source: 'aws.events' })).toThrow(/not the platform's/);
    expect(() => eventFromBusEnvelope({ ...envelope, 'detail-type': 'nope.never' })).toThrow(/not in the event catalogue/);
    expect(() => eventFromBusEnvelope({ ...envelope, detail: { ...envelope.detail, subscriptionId: undefined } })).toThrow();
    expect(() => eventFromBusEnvelope({ ...envelope, detail: { ...envelope.detail, eventId: undefined } })).toThrow();
  });
});
