import * as z from 'zod';
import { type DomainEvent, domainEvent } from '../../../shared/events/domain-event';
import { eventCatalogue, type EventDetail, type EventType } from '../../../shared/events/event-catalogue';

/**
 * A detail of the catalogue's schema for `type`, every field filled (optional ones too), each string naming
 * its field and event type, so a detail delivered to the wrong place or mixed up with another shows it.
 */
export const sampleDetailOf = <T extends EventType>(type: T): EventDetail<T> => {
  const valueOf = (key: string, schema: z.ZodType): unknown => {
    if (schema instanceof z.ZodOptional) return valueOf(key, schema.unwrap() as z.ZodType);
    if (schema instanceof z.ZodNumber) return 42;
    if (schema instanceof z.ZodBoolean) return true;
    if (schema instanceof z.ZodEnum) return schema.options[0];
    if (schema instanceof z.ZodLiteral) return schema.value;
    if (schema instanceof z.ZodArray) return [valueOf(key, schema.element as z.ZodType)];
    if (schema instanceof z.ZodRecord) return { [key]: `${type}:${key}` };
    if (schema instanceof z.ZodString) return key === 'currency' ? 'EUR' : `${type}:${key}`;
    throw new Error(`${type}.${key}: no sample for a ${schema.constructor.name}; add one here.`);
  };
  const shape = (eventCatalogue[type].detail as z.ZodObject).shape as Record<string, z.ZodType>;
  return eventCatalogue[type].detail.parse(Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, valueOf(key, schema)]))) as EventDetail<T>;
};

/** One event of `type` made the way handlers make them (domainEvent: a ULID id, the detail checked). */
export const sampleEventOf = (type: EventType, now: Date): DomainEvent => domainEvent(type, sampleDetailOf(type), now);
