import { randomUUID } from 'node:crypto';
import { link, mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { logger } from '../logging/logger';
import type { EmailSender } from './email-sender';

/**
 * EmailSender of the local runtime: nothing leaves the machine; each message becomes one JSON file in the
 * data folder (`<data>/mail/<time>-<notification id>.json`), so a user can read what would have been sent.
 * The file is created exclusively, so a message sent twice shows up as two files, as it would in an inbox,
 * and appears whole: it is written beside the folder first and linked in, so a reader never sees half of it.
 */
export const fileEmailSender = (folder: string, from: string, now: () => Date = () => new Date()): EmailSender => ({
  async send(message) {
    const incoming = `${folder}.incoming`;
    await Promise.all([mkdir(folder, { recursive: true }), mkdir(incoming, { recursive: true })]);
    const sentAt = now().toISOString();
    const path = join(folder, `${sentAt.replaceAll(':', '-')}-${message.notificationId}.json`);
    const draft = join(incoming, `${randomUUID()}.json`);
    await writeFile(draft, `${JSON.stringify({ from, ...message, sentAt }, null, 2)}\n`);
    try {
      // A link fails when the name is taken, as the exclusive create did.
      await link(draft, path);
    } finally {
      await unlink(draft);
    }
    logger.info('notification email written', { path, eventId: message.eventId });
    return { reference: path };
  },
});
