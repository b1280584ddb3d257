/** One email to one customer: plain text, nothing in it but what the notification says. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /** The event behind it and its notification: in the message's headers (SES) or file (locally), for tracing. */
  eventId: string;
  eventType: string;
  notificationId: string;
}

/**
 * Sends notification emails: SES in AWS (ses-email-sender.ts), a file per message in the data folder locally
 * (file-email-sender.ts). A send that throws is retried through the notifications queue.
 */
export interface EmailSender {
  /** Where the message went: SES's message id, or the file written. */
  send(message: EmailMessage): Promise<{ reference: string }>;
}
