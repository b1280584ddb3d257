import { sesClient } from '../aws/clients';
import type { EmailSender } from './email-sender';
import { fileEmailSender } from './file-email-sender';
import type { EmailDelivery } from './notification-settings';
import { sesEmailSender } from './ses-email-sender';

/** The platform's email sender for a delivery setting: files locally, SES in AWS, none when emails are off. */
export const configuredEmailSender = (delivery: EmailDelivery): EmailSender | undefined => {
  if (delivery.kind === 'files') return fileEmailSender(delivery.folder, delivery.from);
  if (delivery.kind === 'ses') return sesEmailSender(sesClient(), delivery.from);
  return undefined;
};
