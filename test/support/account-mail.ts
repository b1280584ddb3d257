import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One mail file of the platform's mail folder (shared/notifications/file-email-sender.ts). */
export interface MailFile {
  file: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  eventType: string;
  sentAt: string;
}

const readMails = async (mailDir: string): Promise<MailFile[]> => {
  const names = await readdir(mailDir).catch(() => [] as string[]);
  const mails = await Promise.all(
    names.filter((name) => name.endsWith('.json')).map(async (name) => ({ file: name, ...(JSON.parse(await readFile(join(mailDir, name), 'utf8')) as Omit<MailFile, 'file'>) })),
  );
  return mails.sort((a, b) => a.file.localeCompare(b.file));
};

/** Every mail sent to an address, oldest first, as its inbox would show them. */
export const inboxOf = async (mailDir: string, to: string, eventType?: string) =>
  (await readMails(mailDir)).filter((mail) => mail.to === to && (eventType === undefined || mail.eventType === eventType));

/**
 * The newest mail of a kind to an address, waiting a little for it (the account routes send before they
 * answer, so it is normally there at once).
 */
export const waitForMail = async (mailDir: string, to: string, eventType: string, options: { after?: number; timeoutMs?: number } = {}): Promise<MailFile> => {
  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  for (;;) {
    const mails = await inboxOf(mailDir, to, eventType);
    if (mails.length > (options.after ?? 0)) return mails.at(-1)!;
    if (Date.now() > deadline) throw new Error(`no ${eventType} mail to ${to} arrived in ${mailDir}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** The token of a link in a mail, as a person's browser would take it from the link's fragment. */
export const linkTokenOf = (mail: Pick<MailFile, 'text'>) => {
  const match = /#token=([A-Za-z0-9_-]{43})\b/.exec(mail.text);
  if (!match) throw new Error(`the mail "${mail.text.slice(0, 80)}…" holds no link with a token`);
  return match[1]!;
};
