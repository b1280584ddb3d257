import type { Page } from '../catalog/service-store';
import type { DomainEvent } from '../events/domain-event';
import type { Notification, NotificationFilter, StoredNotification } from './notification';

export type CreateOutcome = { created: true } | { created: false; existing: StoredNotification | undefined };

/**
 * Customer notifications' storage port; the DynamoDB adapter is dynamo-notification-store.ts. Every lookup
 * is under the owner's partition, so another customer's id is not found.
 */
export interface NotificationStore {
  /**
   * Writes a new notification and its events in one transaction (the outbox), only if no notification has
   * that id yet. When one has (a redelivered event), nothing is written and the stored one is returned.
   */
  create(notification: StoredNotification, events: readonly DomainEvent[]): Promise<CreateOutcome>;
  /** The owner's notifications: unread first then read, or one of the two; each newest first. */
  list(userId: string, query: { filter: NotificationFilter; limit: number; cursor?: string }): Promise<Page<Notification>>;
  /** Marks it read (a second time changes nothing); fails with `not-found` for an id the owner does not have. */
  markRead(userId: string, id: string, now: string): Promise<void>;
  /**
   * Claims its email for sending: true when it was `PENDING`, or `SENDING` under a claim older than
   * `leaseSeconds` (its consumer failed or died); false when another consumer holds it or it is settled.
   */
  claimEmail(userId: string, id: string, now: Date, leaseSeconds: number): Promise<boolean>;
  /** Records that the claimed email was sent, or given up on. */
  settleEmail(userId: string, id: string, state: 'SENT' | 'SKIPPED', now: string): Promise<void>;
}
