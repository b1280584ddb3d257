import { TransactWriteCommand, type DocumentClient, type TransactWriteCommandInput } from '../aws/dynamodb';
import * as z from 'zod';
import { entityTypes, keys } from '../data/keys';
import { createCondition } from '../data/versioned-update';
import type { DomainEvent } from './domain-event';
import { eventTypes } from './event-catalogue';

/** Outbox items stay a week: long enough for any stream consumer retry, short enough to cost nothing. */
const OUTBOX_TTL_SECONDS = 7 * 24 * 3600;

/**
 * The transactional outbox (DESIGN section 4): a state change writes its events as items in the same
 * transaction, and the stream forwarder (functions/events/forward-outbox.ts) puts them on the bus. An event
 * is therefore published if and only if its change was committed.
 */
export const outboxPut = (tableName: string, event: DomainEvent) => ({
  Put: {
    TableName: tableName,
    Item: {
      ...keys.outboxEvent(event.id),
      type: entityTypes.outboxEvent,
      eventId: event.id,
      eventType: event.type,
      occurredAt: event.occurredAt,
      detail: event.detail,
      expiresAt: Math.floor(Date.parse(event.occurredAt) / 1000) + OUTBOX_TTL_SECONDS,
    },
    ...createCondition,
  },
});

const outboxItemSchema = z.object({
  type: z.literal(entityTypes.outboxEvent),
  eventId: z.string(),
  eventType: z.enum(eventTypes as [string, ...string[]]),
  occurredAt: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

/** Reads an outbox item back into the event it carries; other items give undefined. */
export const eventFromOutboxItem = (item: Record<string, unknown>): DomainEvent | undefined => {
  const parsed = outboxItemSchema.safeParse(item);
  if (!parsed.success) return undefined;
  return { id: parsed.data.eventId, type: parsed.data.eventType, occurredAt: parsed.data.occurredAt, detail: parsed.data.detail } as DomainEvent;
};

/**
 * Commits a change and the events it causes in one transaction: the write every state change goes through,
 * so no event is published for a change that did not land, nor lost for one that did.
 */
export const commitWithEvents = (
  db: DocumentClient,
  tableName: string,
  items: NonNullable<TransactWriteCommandInput['TransactItems']>,
  events: readonly DomainEvent[],
) => db.send(new TransactWriteCommand({ TransactItems: [...items, ...events.map((event) => outboxPut(tableName, event))] }));
