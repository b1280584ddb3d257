import { loadOnFirstCall } from '../aws/load-on-first-call';
import type { EmailSender } from './email-sender';
import { fileEmailSender } from './file-email-sender';
import type { EmailDelivery } from './notification-settings';

/** The platform's email sender for a delivery setting: files locally, SES in AWS, none when emails are off. */
export const configuredEmailSender = (delivery: EmailDelivery): EmailSender | undefined => {
  if (delivery.kind === 'files') return fileEmailSender(delivery.folder, delivery.from);
  if (delivery.kind === 'ses') {
    // Loaded with the SES client at the first email: most requests of the routes that can mail send none.
    return loadOnFirstCall<EmailSender>(['send'], async () => {
      const [{ sesEmailSender }, { sesClient }] = await Promise.all([import('./ses-email-sender'), import('../aws/ses-client')]);
      return sesEmailSender(sesClient(), delivery.from);
    });
  }
  return undefined;
};
