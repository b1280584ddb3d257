import type { EmailMessage } from './email-sender';
import type { StoredNotification } from './notification';

/** The email of a notification: its title as the subject, its text in a short plain-text letter. */
export const composeEmail = (notification: StoredNotification, recipient: { email: string; name: string }): EmailMessage => ({
  to: recipient.email,
  subject: notification.title,
  text: [
    `Hello ${recipient.name},`,
    '',
    notification.text,
    '',
    `Every notification of your account is listed at GET /v1/notifications (this one: ${notification.id}).`,
    '',
    '— The platform',
    '',
  ].join('\n'),
  eventId: notification.eventId,
  eventType: notification.eventType,
  notificationId: notification.id,
});
