import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { logger } from '../logging/logger';
import type { EmailSender } from './email-sender';

/**
 * EmailSender of the local runtime: nothing leaves the machine; each message becomes one JSON file in the
 * data folder (`<data>/mail/<time>-<notification id>.json`), so a user can read what would have been sent.
 * The file is created exclusively, so a message sent twice shows up as two files, as it would in an inbox.
 */
export const fileEmailSender = (folder: string, from: string, now: () => Date = () => new Date()): EmailSender => ({
  async send(message) {
    await mkdir(folder, { recursive: true });
    const sentAt = now().toISOString();
    const path = join(folder, `${sentAt.replaceAll(':', '-')}-${message.notificationId}.json`);
    await writeFile(path, `${JSON.stringify({ from, ...message, sentAt }, null, 2)}\n`, { flag: 'wx' });
    logger.info('notification email written', { path, eventId: message.eventId });
    return { reference: path };
  },
});
