import { createHash } from 'node:crypto';
import { ulid } from 'ulid';
import type { DomainEvent } from '../events/domain-event';

/**
 * The id of the notification an event makes: a ULID whose time is the event's and whose random part is
 * drawn from a hash of the event id. The same event always gives the same id, so a redelivered event meets
 * its notification's conditional put and creates nothing twice; and ids sort by when things happened,
 * whatever shape the event id has (an inbound provider's id, say).
 */
export const notificationIdOf = (event: Pick<DomainEvent, 'id' | 'occurredAt'>): string => {
  const digest = createHash('sha256').update(event.id).digest();
  let next = 0;
  // ulid() asks its PRNG for 16 fractions in [0, 1): each comes from one byte of the digest.
  return ulid(Date.parse(event.occurredAt), () => digest[next++ % digest.length]! / 256);
};
