import * as z from 'zod';
import type { DomainEvent } from './domain-event';
import { EVENT_SOURCE, eventCatalogue, type EventType } from './event-catalogue';

/**
 * What the platform puts in an event's `detail` on the bus: the catalogue's detail plus the event's own id
 * and time. EventBridge gives every PutEvents entry a new envelope `id`, so consumers tell events (and
 * duplicates) apart by `detail.eventId`, the id the outbox stored. The EventBridge publisher and the local
 * event rules both build the detail here, so the two cannot drift apart.
 */
export const busDetailOf = (event: DomainEvent): Record<string, unknown> => ({ ...event.detail, eventId: event.id, occurredAt: event.occurredAt });

/** The JSON EventBridge delivers to a target (an SQS message body, for a queue target). */
export const busEnvelopeSchema = z.object({
  version: z.string(),
  id: z.string().min(1),
  'detail-type': z.string().min(1),
  source: z.string().min(1),
  account: z.string(),
  time: z.string(),
  region: z.string(),
  resources: z.array(z.string()),
  detail: z.record(z.string(), z.unknown()),
});

export type BusEnvelope = z.infer<typeof busEnvelopeSchema>;

/** EventBridge's `time` has whole seconds: `2025-01-02T03:04:05Z`. */
const eventBridgeTime = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The envelope EventBridge would deliver for an event the platform published: for the local bus. */
export const toBusEnvelope = (event: DomainEvent, where: { id: string; account: string; region: string }): BusEnvelope => ({
  version: '0',
  id: where.id,
  'detail-type': event.type,
  source: EVENT_SOURCE,
  account: where.account,
  time: eventBridgeTime(event.occurredAt),
  region: where.region,
  resources: [],
  detail: busDetailOf(event),
});

const platformDetail = z.object({ eventId: z.string().min(1), occurredAt: z.iso.datetime() });

/**
 * The domain event inside a delivered envelope (an SQS record's body, say), checked against the catalogue.
 * Throws on anything else: a queue consumer reports that record as failed, and after the queue's
 * maxReceiveCount it waits in the DLQ for a person to look at it.
 */
export const eventFromBusEnvelope = (body: unknown): DomainEvent => {
  const envelope = busEnvelopeSchema.parse(typeof body === 'string' ? JSON.parse(body) : body);
  if (envelope.source !== EVENT_SOURCE) throw new Error(`Event source "${envelope.source}" is not the platform's.`);
  const type = envelope['detail-type'];
  if (!(type in eventCatalogue)) throw new Error(`Event type "${type}" is not in the event catalogue.`);
  const { eventId, occurredAt } = platformDetail.parse(envelope.detail);
  const detail = eventCatalogue[type as EventType].detail.parse(envelope.detail);
  return { id: eventId, type: type as EventType, occurredAt, detail } as DomainEvent;
};
