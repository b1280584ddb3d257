import { ulid } from 'ulid';
import { eventCatalogue, type EventDetail, type EventType } from './event-catalogue';

/** A domain event as it is stored in the outbox and put on the bus. */
export interface DomainEvent<T extends EventType = EventType> {
  id: string;
  type: T;
  occurredAt: string;
  detail: EventDetail<T>;
}

/** Makes an event, checking its detail against the catalogue so a malformed event never leaves a handler. */
export const domainEvent = <T extends EventType>(type: T, detail: EventDetail<T>, now = new Date()): DomainEvent<T> => ({
  id: ulid(now.getTime()),
  type,
  occurredAt: now.toISOString(),
  detail: eventCatalogue[type].detail.parse(detail) as EventDetail<T>,
});
