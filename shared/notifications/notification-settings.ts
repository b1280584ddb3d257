import * as z from 'zod';
import { loadConfig } from '../config/load-config';

/**
 * The notifier's own settings, read from the environment. The stack sets NOTIFICATION_SENDER from the CDK
 * context value `notificationSender`; the local runtime sets NOTIFICATION_MAIL_DIR.
 */
const notificationEnvironmentSchema = z.object({
  /** The verified SES identity emails come from. Unset in AWS: emails are off, notifications still written. */
  NOTIFICATION_SENDER: z.email().optional(),
  /** Locally: write each email as a file in this folder instead of sending it. */
  NOTIFICATION_MAIL_DIR: z.string().min(1).optional(),
  /** Set by Lambda itself: the deployed stack never writes mail to files, whatever its environment says. */
  AWS_LAMBDA_FUNCTION_NAME: z.string().optional(),
  /** How long a notification is kept before its TTL removes it. */
  NOTIFICATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(90),
});

/** How the notifier's emails leave: to files (local runtime), through SES, or not at all. */
export type EmailDelivery = { kind: 'files'; folder: string; from: string } | { kind: 'ses'; from: string } | { kind: 'off' };

export interface NotificationSettings {
  email: EmailDelivery;
  retentionDays: number;
}

/** The From address of local mail files when no sender is configured. */
export const LOCAL_SENDER = 'notifications@paas.localhost';

export const notificationSettings = (env: NodeJS.ProcessEnv = process.env): NotificationSettings => {
  const config = loadConfig(notificationEnvironmentSchema, env);
  const email: EmailDelivery =
    config.NOTIFICATION_MAIL_DIR && !config.AWS_LAMBDA_FUNCTION_NAME
      ? { kind: 'files', folder: config.NOTIFICATION_MAIL_DIR, from: config.NOTIFICATION_SENDER ?? LOCAL_SENDER }
      : config.NOTIFICATION_SENDER
        ? { kind: 'ses', from: config.NOTIFICATION_SENDER }
        : { kind: 'off' };
  return { email, retentionDays: config.NOTIFICATION_RETENTION_DAYS };
};
