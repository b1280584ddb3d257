import type { EmailMessage } from './email-sender';
import type { StoredNotification } from './notification';

/**
 * The platform's one letter: a greeting, the text, a footer and the signature. Notifications and the
 * account emails (shared/accounts/account-mail.ts) both read like this.
 */
export const composeLetter = (recipientName: string, text: string, footer: string) =>
  [`Hello ${recipientName},`, '', text, '', footer, '', '— The platform', ''].join('\n');

/** The email of a notification: its title as the subject, its text in a short plain-text letter. */
export const composeEmail = (notification: StoredNotification, recipient: { email: string; name: string }): EmailMessage => ({
  to: recipient.email,
  subject: notification.title,
  text: composeLetter(recipient.name, notification.text, `Every notification of your account is listed at GET /v1/notifications (this one: ${notification.id}).`),
  eventId: notification.eventId,
  eventType: notification.eventType,
  notificationId: notification.id,
});
