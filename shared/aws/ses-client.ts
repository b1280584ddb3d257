import { SESv2Client } from '@aws-sdk/client-sesv2';
import { clientConfig } from './clients';

let ses: SESv2Client | undefined;
/** SES (API v2), in its own module so a function loads it only when it first sends an email. */
export const sesClient = (): SESv2Client => (ses ??= new SESv2Client(clientConfig('SESV2')));
