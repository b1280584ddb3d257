import type { UserStore } from '../accounts/user-store';
import { type DomainEvent, domainEvent } from '../events/domain-event';
import { composeEmail } from './compose-email';
import type { EmailSender } from './email-sender';
import type { EmailState, StoredNotification } from './notification';
import { notificationIdOf } from './notification-id';
import type { NotificationStore } from './notification-store';
import { renderNotification } from './notification-table';

export interface NotifierDeps {
  notifications: NotificationStore;
  /** The account the email goes to (its address, name and status). */
  users: Pick<UserStore, 'get'>;
  /** Absent when emails are off (no sender configured in AWS): notifications are still written. */
  email?: EmailSender;
  now: () => Date;
}

export type NotifyOutcome =
  | { kind: 'ignored' }
  | { kind: 'notified'; notificationId: string; created: boolean; email: EmailState };

/**
 * How long a consumer's claim on an email holds before another delivery of the event may take it over. Longer
 * than the notifier may run (10 s: a sixth of the queue's 60 s visibility, functions/queues.ts), shorter than
 * that visibility, so the retry of a failed send finds the claim lapsed.
 */
export const EMAIL_CLAIM_SECONDS = 30;

/**
 * Turns one customer event into a notification, and an email for the important ones. The notification is
 * written first, with `notification.created` in the same transaction (so webhooks hear of it too), and only
 * if the event has not made it already. Then the email: the consumer claims it, sends it and records it
 * sent. When the send fails this throws, the queue delivers the event again, the notification is found
 * written, and only the email is tried again. Two deliveries of one event at once send one email (the claim);
 * a consumer dying between the send and its record makes the email go twice rather than never.
 */
export const notifyCustomer = async (deps: NotifierDeps, event: DomainEvent): Promise<NotifyOutcome> => {
  const rendered = renderNotification(event);
  if (!rendered) return { kind: 'ignored' };
  const { userId } = event.detail as { userId: string };
  const now = deps.now();
  const notification: StoredNotification = {
    id: notificationIdOf(event),
    eventId: event.id,
    eventType: event.type,
    severity: rendered.severity,
    title: rendered.title,
    text: rendered.text,
    resource: rendered.resource,
    status: 'UNREAD',
    occurredAt: event.occurredAt,
    createdAt: now.toISOString(),
    userId,
    email: rendered.email ? (deps.email ? 'PENDING' : 'SKIPPED') : 'NONE',
  };
  const announced = domainEvent('notification.created', { userId, notificationId: notification.id, title: notification.title }, now);
  const outcome = await deps.notifications.create(notification, [announced]);
  const stored = outcome.created ? notification : outcome.existing;
  const result = (email: EmailState): NotifyOutcome => ({ kind: 'notified', notificationId: notification.id, created: outcome.created, email });
  // Gone already (its TTL passed before a very late redelivery): nothing is owed.
  if (!stored) return result('NONE');
  if (stored.email !== 'PENDING' && stored.email !== 'SENDING') return result(stored.email);
  if (!(await deps.notifications.claimEmail(userId, stored.id, deps.now(), EMAIL_CLAIM_SECONDS))) return result('SENDING');

  const recipient = await deps.users.get(userId);
  // Emails turned off since it was written, or an account that is gone or disabled: no one to write to.
  if (!deps.email || !recipient || recipient.status !== 'ACTIVE') {
    await deps.notifications.settleEmail(userId, stored.id, 'SKIPPED', deps.now().toISOString());
    return result('SKIPPED');
  }
  await deps.email.send(composeEmail(stored, recipient));
  await deps.notifications.settleEmail(userId, stored.id, 'SENT', deps.now().toISOString());
  return result('SENT');
};
