import { isValid } from 'ulid';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { detailTypesOf, eventRules } from '../../../functions/event-rules';
import { queues } from '../../../functions/queues';
import type { DomainEvent } from '../../../shared/events/domain-event';
import { eventCatalogue, type EventType, eventTypes } from '../../../shared/events/event-catalogue';
import { notificationIdOf } from '../../../shared/notifications/notification-id';
import { notifiableEventTypes, notificationTable, notNotified, renderNotification } from '../../../shared/notifications/notification-table';
import { formatMoney, formatTime } from '../../../shared/notifications/render-values';

const shapeOf = (type: EventType) => (eventCatalogue[type].detail as z.ZodObject).shape as Record<string, z.ZodType>;

/**
 * A detail of the catalogue's schema, each field a distinct value the rendered text can be searched for;
 * `optional: false` leaves the optional fields out, so both forms are rendered.
 */
const sampleDetail = (type: EventType, { optional = true } = {}): Record<string, unknown> => {
  const valueOf = (key: string, schema: z.ZodType): unknown => {
    if (schema instanceof z.ZodOptional) return valueOf(key, schema.unwrap() as z.ZodType);
    if (schema instanceof z.ZodNumber) return 4321;
    if (schema instanceof z.ZodBoolean) return true;
    if (schema instanceof z.ZodEnum) return schema.options[0];
    if (schema instanceof z.ZodLiteral) return schema.value;
    if (schema instanceof z.ZodArray) return [`sample-${key}-1`, `sample-${key}-2`];
    if (schema instanceof z.ZodRecord) return { sample: key };
    if (key === 'currency') return 'EUR';
    if (key === 'currentPeriodEnd' || key === 'expiresAt') return '2031-05-06T07:08:09.000Z';
    if (key === 'url') return 'https://sample-instance.apps.example.com';
    return `sample-${key}`;
  };
  const entries = Object.entries(shapeOf(type)).filter(([, schema]) => optional || !(schema instanceof z.ZodOptional));
  return eventCatalogue[type].detail.parse(Object.fromEntries(entries.map(([key, schema]) => [key, valueOf(key, schema)]))) as Record<string, unknown>;
};

/** The detail behind a Proxy that fails on any field the catalogue does not define for that event. */
const strictDetail = (type: EventType, detail: Record<string, unknown>) =>
  new Proxy(detail, {
    get(target, key) {
      if (typeof key === 'string' && !(key in shapeOf(type))) throw new Error(`${type}: the template reads "${key}", which the event does not carry`);
      return Reflect.get(target, key);
    },
  });

const eventOf = (type: EventType, detail = sampleDetail(type)): DomainEvent =>
  ({ id: '01JD7Y9V6M1S8W4K2T3R5Q7P9N', type, occurredAt: '2030-01-02T03:04:05.678Z', detail }) as DomainEvent;

describe('the notification table', () => {
  it.each(notifiableEventTypes)('renders %s from its detail, reading only fields the event defines', (type) => {
    for (const detail of [sampleDetail(type), sampleDetail(type, { optional: false })]) {
      const rendered = renderNotification(eventOf(type, strictDetail(type, detail)))!;
      expect(rendered.title.length).toBeGreaterThan(0);
      expect(['INFO', 'WARNING', 'CRITICAL']).toContain(rendered.severity);
      expect(rendered.text).not.toMatch(/undefined|null|NaN|\[object/);
      // Every required id of the detail (other than the owner's) is named, so the customer knows which one.
      for (const [key, schema] of Object.entries(shapeOf(type))) {
        if (key !== 'userId' && key.endsWith('Id') && !(schema instanceof z.ZodOptional)) expect(rendered.text, key).toContain(detail[key]);
      }
      expect(Object.values(detail)).toContain(rendered.resource.id);
    }
  });

  it('covers the events the issue names, with email for the important ones', () => {
    const emailed = notifiableEventTypes.filter((type) => notificationTable[type].email);
    expect(emailed).toEqual(expect.arrayContaining(['instance.running', 'instance.failed', 'subscription.expiring', 'payment.failed']));
    expect(notifiableEventTypes).toEqual(
      expect.arrayContaining([
        'subscription.activated',
        'subscription.suspended',
        'subscription.cancelled',
        'subscription.expired',
        'instance.degraded',
        'instance.recovered',
        'webhook.failing',
        'webhook.disabled',
        'webhook.recovered',
        'payment.succeeded',
      ]),
    );
    for (const type of ['subscription.activated', 'instance.degraded', 'webhook.failing', 'payment.succeeded'] as const) expect(notificationTable[type].email, type).toBe(false);
  });

  it('decides for every customer event of the catalogue: notified, or left out with a reason', () => {
    const customerEvents = eventTypes.filter((type) => eventCatalogue[type].audience === 'customer');
    const decided = [...notifiableEventTypes, ...Object.keys(notNotified)];
    expect(decided.sort()).toEqual([...customerEvents].sort());
    expect(notifiableEventTypes.filter((type) => type in notNotified)).toEqual([]);
  });

  it('lists customer events only, and never notification.created: a notification cannot make another', () => {
    for (const type of notifiableEventTypes) expect(eventCatalogue[type].audience, type).toBe('customer');
    expect(notifiableEventTypes).not.toContain('notification.created');
    expect(renderNotification(eventOf('notification.created'))).toBeUndefined();
    expect(renderNotification(eventOf('worker.offline'))).toBeUndefined();
  });

  it('feeds the notifications queue through one rule that selects exactly its events', () => {
    const rules = eventRules.filter((rule) => rule.queue === 'notifications');
    expect(rules).toHaveLength(1);
    expect(detailTypesOf(rules[0]!).sort()).toEqual([...notifiableEventTypes].sort());
    expect(queues.find((queue) => queue.name === 'notifications')).toMatchObject({ handler: 'notifications/notify' });
    expect(eventTypes).toEqual(expect.arrayContaining(notifiableEventTypes));
  });

  it('says a web address, a time and an amount the way people read them', () => {
    const expiring = renderNotification(eventOf('subscription.expiring'))!;
    expect(expiring.text).toContain('2031-05-06 07:08 UTC');
    expect(renderNotification(eventOf('payment.succeeded'))!.text).toContain('€43.21');
    expect(renderNotification(eventOf('instance.running'))!.text).toContain('https://sample-instance.apps.example.com');
    expect(formatMoney(500, 'JPY')).toBe('¥500');
    expect(formatMoney(1999, 'not-a-code')).toBe('1999 not-a-code (smallest unit)');
    expect(formatTime('soon')).toBe('soon');
  });
});

describe('a notification id', () => {
  it('is the same ULID for the same event, another for another event, and sorts by the event time', () => {
    const event = { id: 'evt_provider_123', occurredAt: '2030-01-02T03:04:05.678Z' };
    const id = notificationIdOf(event);
    expect(isValid(id)).toBe(true);
    expect(notificationIdOf(event)).toBe(id);
    expect(notificationIdOf({ ...event, id: 'evt_provider_124' })).not.toBe(id);
    expect(notificationIdOf({ id: 'a', occurredAt: '2030-01-02T03:04:06.000Z' }) > notificationIdOf({ id: 'b', occurredAt: '2030-01-02T03:04:05.000Z' })).toBe(true);
  });
});
