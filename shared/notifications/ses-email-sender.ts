import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { EmailSender } from './email-sender';

/**
 * EmailSender on Amazon SES (API v2), from a verified identity. The stack grants ses:SendEmail on that
 * identity only (infra/aws/constructs/notification-email.ts). While the account is in SES's sandbox, SES
 * also refuses recipients that are not verified identities: see docs/deployment.md.
 */
export const sesEmailSender = (ses: SESv2Client, from: string): EmailSender => ({
  async send(message) {
    const { MessageId } = await ses.send(
      new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: [message.to] },
        Content: {
          Simple: {
            Subject: { Data: message.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
            Headers: [
              { Name: 'X-Platform-Event-Id', Value: message.eventId },
              { Name: 'X-Platform-Notification-Id', Value: message.notificationId },
            ],
          },
        },
        // Tags show up in SES's sending events and metrics, so bounces can be told apart by kind.
        EmailTags: [{ Name: 'eventType', Value: message.eventType.replaceAll(/[^A-Za-z0-9_.@-]/g, '-') }],
      }),
    );
    return { reference: MessageId ?? 'unknown' };
  },
});
